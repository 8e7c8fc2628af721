// What the backup and restore scripts share: options, --help, the key, cleaning up on Ctrl-C.
// The key never comes from the command line (it would show in `ps` and in shell history):
// BACKUP_ENCRYPTION_KEY in the environment, or --key-file naming a file that holds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Exits 2 with the message and a pointer to --help. */
export function usageError(script: string, message: string): never {
  console.error(`${script}: ${message}\nRun with --help for the options.`);
  process.exit(2);
}

/** What a script accepts on its command line. */
export interface ArgsSpec {
  script: string;
  help: string;
  argv: string[];
  /** Options that take no value. */
  flags?: string[];
  /** Options that take one value (`--out x` or `--out=x`). */
  valued?: string[];
  maxPositionals?: number;
}

/**
 * Parses argv against the options a script knows: `flags` take no value, `valued` take one.
 * Prints `help` and exits 0 on --help; exits 2 on an unknown option or a missing value.
 */
export function parseArgs({ script, help, argv, flags = [], valued = [], maxPositionals = 0 }: ArgsSpec) {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(help);
      process.exit(0);
    }
    const [name = arg, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (flags.includes(name) && inline === undefined) options[name] = true;
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') usageError(script, `${name} needs a value`);
      options[name] = value;
    } else if (arg.startsWith('-')) {
      const hint = name === '--key' ? ' (the key is read from BACKUP_ENCRYPTION_KEY or --key-file, never from the command line)' : '';
      usageError(script, `unknown option ${name}${hint}`);
    } else positionals.push(arg);
  }
  if (positionals.length > maxPositionals) usageError(script, `unexpected argument ${positionals[maxPositionals]}`);
  return { options, positionals };
}

/**
 * The encryption key: the file's content (trimmed) when --key-file is given, else
 * BACKUP_ENCRYPTION_KEY; undefined when neither is set. Exits 2 on an unreadable or empty file.
 */
export function readKey(script: string, keyFile: string | true | undefined, cwd: string): string | undefined {
  if (typeof keyFile === 'string') {
    let key: string | undefined;
    try {
      key = readFileSync(path.resolve(cwd, keyFile), 'utf8').trim();
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      usageError(script, `cannot read the key file ${keyFile}: ${code ?? message}`);
    }
    if (!key) usageError(script, `the key file ${keyFile} is empty`);
    return key;
  }
  return process.env.BACKUP_ENCRYPTION_KEY?.trim() || undefined;
}

/**
 * Runs `cleanup` when the process is interrupted (SIGINT, SIGTERM), then exits 130 or 143 as a
 * shell would: a signal ends a Node process without its exit handlers.
 */
export function onInterrupt(cleanup: () => void): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      cleanup();
      process.exit(code);
    });
  }
}
