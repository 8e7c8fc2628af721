// Command-line handling shared by the backup and restore scripts: options, --help, the key.
// The key never comes from the command line (it would show in `ps` and in shell history):
// BACKUP_ENCRYPTION_KEY in the environment, or --key-file naming a file that holds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Exits 2 with the message and a pointer to --help. @param {string} script @param {string} message */
export function usageError(script, message) {
  console.error(`${script}: ${message}\nRun with --help for the options.`);
  process.exit(2);
}

/**
 * Parses argv against the options a script knows: `flags` take no value, `valued` take one.
 * Prints `help` and exits 0 on --help; exits 2 on an unknown option or a missing value.
 * @param {{ script: string, help: string, argv: string[], flags?: string[], valued?: string[], maxPositionals?: number }} spec
 * @returns {{ options: Record<string, string | true>, positionals: string[] }}
 */
export function parseArgs({ script, help, argv, flags = [], valued = [], maxPositionals = 0 }) {
  const options = {};
  const positionals = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(help);
      process.exit(0);
    }
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
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
 * @param {string} script @param {string | true | undefined} keyFile @param {string} cwd
 */
export function readKey(script, keyFile, cwd) {
  if (typeof keyFile === 'string') {
    let key;
    try {
      key = readFileSync(path.resolve(cwd, keyFile), 'utf8').trim();
    } catch (error) {
      usageError(script, `cannot read the key file ${keyFile}: ${error.code ?? error.message}`);
    }
    if (!key) usageError(script, `the key file ${keyFile} is empty`);
    return key;
  }
  return process.env.BACKUP_ENCRYPTION_KEY?.trim() || undefined;
}
