#!/usr/bin/env node
// pnpm restore <backup file>: replaces the CMS's content with a `pnpm backup` file.
// DESTRUCTIVE. Run with --help for the details.
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { onInterrupt, parseArgs, readKey, usageError } from './lib/backup-args.ts';
import { runStrapiCli } from './lib/strapi-cli.ts';

const HELP = `pnpm restore [--key-file <file>] <backup file>

DESTRUCTIVE: replaces the content, uploaded files and settings of the CMS the environment
selects with those of a \`pnpm backup\` file (\`strapi import --force\`); what the database holds
now is deleted first. Stop the CMS server before, and start it after: at its start it
registers the publish webhook again from PUBLISH_WEBHOOK_URL and PUBLISH_WEBHOOK_SECRET (the
backup holds no webhook secrets). Publish or \`pnpm build\` for the site.
An encrypted backup (.enc) needs its key, from BACKUP_ENCRYPTION_KEY or from the file
--key-file names (never on the command line); it is decrypted into a private temporary folder.

  --key-file <file>  read the encryption key from this file
  --help             this text`;

const cwd = process.env.INIT_CWD ?? process.cwd();
const { options, positionals } = parseArgs({
  script: 'restore',
  help: HELP,
  argv: process.argv.slice(2),
  valued: ['--key-file'],
  maxPositionals: 1,
});
if (!positionals[0]) usageError('restore', 'which backup file? pnpm restore <backup file>');
const file = path.resolve(cwd, positionals[0]);
if (!existsSync(file)) usageError('restore', `no such file: ${file}`);
const encrypted = file.endsWith('.enc');
const key = encrypted ? readKey('restore', options['--key-file'], cwd) : undefined;
if (encrypted && !key) {
  usageError(
    'restore',
    `${path.basename(file)} is encrypted: set BACKUP_ENCRYPTION_KEY, or give --key-file, with the key it was made with`,
  );
}

process.umask(0o077);
const privateDir = mkdtempSync(path.join(os.tmpdir(), 'integra-restore-'));
// Also on process.exit (a failed import exits from runStrapiCli) and on Ctrl-C or a kill
// (SIGINT, SIGTERM, which end a Node process without its exit handlers): no decrypted copy stays.
const removePrivateDir = () => rmSync(privateDir, { recursive: true, force: true });
process.on('exit', removePrivateDir);
onInterrupt(removePrivateDir);

let archive = file;
if (encrypted) {
  // Decrypted here, so that Strapi's import runs without the key on its command line.
  const require = createRequire(import.meta.url);
  const { utils } = require('@strapi/data-transfer') as typeof import('@strapi/data-transfer');
  archive = path.join(privateDir, path.basename(file, '.enc'));
  try {
    await pipeline(createReadStream(file), utils.encryption.createDecryptionCipher(key!), createWriteStream(archive, { mode: 0o600 }));
  } catch (error) {
    console.error(`restore failed: ${path.basename(file)} could not be decrypted (wrong key?): ${(error as Error).message}`);
    process.exit(1);
  }
}
runStrapiCli('restore', ['import', '--file', archive, '--force']);
console.log(`restore: ${path.basename(file)} imported`);
