// The command line of the CMS's scripts, as in the operator scripts (scripts/lib/cli.ts):
// --help prints what the script does, its options and whether it is destructive, and exits 0
// before any work starts; an unknown option or argument exits 2 naming it. node's parseArgs,
// strict. Import it before anything heavy (Strapi), so --help never loads the CMS.
import { parseArgs } from 'node:util';

/** One option of a script, with the text --help shows for it. */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  description: string;
  valueName?: string;
}

/** What a script is, says and accepts: the --help text and the parser's settings. */
export interface CliSpec {
  command: string;
  summary: string;
  effects: string;
  options?: Record<string, CliOption>;
  positionals?: { usage: string; max: number };
  notes?: string;
}

/** The --help text of a script. */
export function usage(spec: CliSpec): string {
  const options: Record<string, CliOption> = {
    ...spec.options,
    help: { type: 'boolean', short: 'h', description: 'print this help and exit' },
  };
  const rows = Object.entries(options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` <${o.valueName ?? 'value'}>` : ''}`,
    `${o.description}${o.default === undefined || o.default === false ? '' : ` (default: ${o.default})`}`,
  ]);
  const width = Math.max(...rows.map(([flag]) => flag!.length));
  return [
    `Usage: ${spec.command} [options]${spec.positionals ? ` ${spec.positionals.usage}` : ''}`,
    '',
    spec.summary,
    spec.effects,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`),
    ...(spec.notes ? ['', spec.notes] : []),
  ].join('\n');
}

/** Parses process.argv (or `args`); exits 0 after the help, 2 on anything unknown. */
export function parseCli(
  spec: CliSpec,
  args: string[] = process.argv.slice(2),
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage(spec));
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args, options: spec.options ?? {}, strict: true, allowPositionals: Boolean(spec.positionals) });
    const max = spec.positionals?.max ?? 0;
    if (parsed.positionals.length > max) throw new Error(`unexpected argument '${parsed.positionals[max]}'`);
    return parsed;
  } catch (error) {
    const message = String((error as Error | undefined)?.message ?? error);
    // parseArgs adds a hint about '--' when positionals are allowed: none of these takes such an argument.
    const reason = message.replace(/\. To specify a positional argument.*$/s, '');
    console.error(`${spec.command}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}\nRun "${spec.command} --help" for usage.`);
    process.exit(2);
  }
}
