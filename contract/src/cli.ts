/**
 * The command line of every script entry: `--help` prints what the script does, its options
 * and whether it is destructive, then exits 0 before any work starts; an unknown option, a
 * missing value or an unexpected argument exits 2 with a message that names it. Built on
 * node's util.parseArgs in strict mode. The CMS's scripts and the operator tools share it; a
 * script imports it before anything heavy (Strapi), so that --help never loads the CMS.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionConfig = NonNullable<ParseArgsConfig['options']>[string];

/** An option as parseArgs takes it, with the line that describes it in --help. */
export type CliOption = ParseArgsOptionConfig & { description: string; valueName?: string };

export interface CliSpec<O extends Record<string, CliOption>> {
  /** How it is run: `pnpm bench`. */
  command: string;
  /** Positional arguments in the usage line, e.g. `[site folder]`; none when absent. */
  positionals?: { usage: string; max: number };
  /** What it does, in a sentence or two. */
  summary: string;
  /** Whether it is destructive, and what it changes: always said, in one sentence. */
  effects: string;
  options?: O;
  /** Further lines (settings from the environment, examples). */
  notes?: string;
}

const HELP: CliOption = { type: 'boolean', short: 'h', description: 'print this help and exit' };

/** The --help text. */
export function usage<O extends Record<string, CliOption>>(spec: CliSpec<O>): string {
  const options = { ...spec.options, help: HELP } as Record<string, CliOption>;
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : ''}`;
    const fallback = option.default === undefined || option.default === false ? '' : ` (default: ${String(option.default)})`;
    return [flag, `${option.description}${fallback}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${spec.command} [options]${spec.positionals ? ` ${spec.positionals.usage}` : ''}`,
    '',
    spec.summary,
    spec.effects,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(spec.notes ? ['', spec.notes] : []),
  ].join('\n');
}

/**
 * Parses process.argv (or `args`) against the spec. Exits 0 after printing the help when
 * asked; exits 2 with a one-line reason on anything it does not know.
 */
export function parseCli<const O extends Record<string, CliOption>>(spec: CliSpec<O>, args = process.argv.slice(2)) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage(spec));
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args, options: (spec.options ?? {}) as O, strict: true, allowPositionals: Boolean(spec.positionals) });
    const max = spec.positionals?.max ?? 0;
    if (parsed.positionals.length > max) throw new Error(`unexpected argument '${parsed.positionals[max]}'`);
    return parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs adds a hint about '--' when positionals are allowed: none of these takes such an argument.
    const reason = message.replace(/\. To specify a positional argument.*$/s, '');
    console.error(`${spec.command}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}\nRun "${spec.command} --help" for usage.`);
    process.exit(2);
  }
}
