#!/usr/bin/env node
// pnpm backup: the CMS's content, uploaded files and settings (core store, webhooks) in
// Strapi's own export format, encrypted. Run with --help for the options. Not destructive.
import { chmodSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { dataDir } from './lib/app-dir.ts';
import { onInterrupt, parseArgs, readKey, usageError } from './lib/backup-args.ts';
import { withStrapi } from './lib/with-strapi.ts';

const HELP = `pnpm backup [--out <folder>] [--key-file <file> | --no-encrypt]

Writes the CMS's content, uploaded files and settings (core store, webhooks) to
<folder>/integra-<time>.tar.gz.enc (default folder: DATA_DIR/backups; DATA_DIR defaults to
.data at the repository's root), in Strapi's export format, encrypted with the key from
BACKUP_ENCRYPTION_KEY or from the file --key-file names (the key is never taken on the
command line). Without a key it refuses, unless --no-encrypt is given.
The file is readable by its owner only (mode 0600). Webhook headers (the publish webhook's
secret) are left out; the CMS registers its webhook again from PUBLISH_WEBHOOK_URL and
PUBLISH_WEBHOOK_SECRET at its next start. Not included, by Strapi's design: admin users, roles
and API tokens. Reads the CMS the environment selects; the server may be running.
Not destructive.

  --out <folder>     where to write the backup
  --key-file <file>  read the encryption key from this file
  --no-encrypt       write an unencrypted backup (a warning is printed)
  --help             this text`;

const cwd = process.env.INIT_CWD ?? process.cwd();
const { options } = parseArgs({
  script: 'backup',
  help: HELP,
  argv: process.argv.slice(2),
  flags: ['--no-encrypt'],
  valued: ['--out', '--key-file'],
});
const encrypt = !options['--no-encrypt'];
if (!encrypt && options['--key-file']) usageError('backup', '--key-file and --no-encrypt exclude each other');
const key = encrypt ? readKey('backup', options['--key-file'], cwd) : undefined;
if (encrypt && !key) {
  usageError(
    'backup',
    'no encryption key: set BACKUP_ENCRYPTION_KEY, or give --key-file <file>, or --no-encrypt for an unencrypted backup',
  );
}
if (!encrypt) console.error('backup: warning: writing an UNENCRYPTED backup (--no-encrypt): keep it somewhere only you can read');

const outDir = typeof options['--out'] === 'string' ? path.resolve(cwd, options['--out']) : path.join(dataDir(cwd), 'backups');
// Everything this process creates (the archive above all) is for its owner only.
process.umask(0o077);
mkdirSync(outDir, { recursive: true });
const name = `integra-${new Date().toISOString().replace(/[:.]/g, '-')}`;
// Strapi writes the archive under a temporary name in the same folder (it adds .tar.gz[.enc]),
// renamed to its own only when complete: a killed or failed backup never leaves a truncated
// archive that looks like a backup. A dot-name that a later run may delete is all it can leave.
const partialBase = path.join(outDir, `.${name}.partial`);
const removePartial = () => {
  for (const suffix of ['.tar', '.tar.gz', '.tar.enc', '.tar.gz.enc']) rmSync(`${partialBase}${suffix}`, { force: true });
};
onInterrupt(removePartial);

const require = createRequire(import.meta.url);
const { engine, file, strapi: fromStrapi } = require('@strapi/data-transfer') as typeof import('@strapi/data-transfer');

/** An item of the configuration stage: a core-store entry or a webhook. */
type ConfigurationItem = { type: string; value: Record<string, unknown> };

/** A webhook as it goes into the archive: without headers, which carry its secrets. */
const withoutSecrets = (data: unknown) => {
  const item = data as ConfigurationItem;
  return item.type === 'webhook' ? { ...item, value: { ...item.value, headers: {} } } : item;
};

await withStrapi('backup', async (strapi) => {
  const source = fromStrapi.providers.createLocalStrapiSourceProvider({ getStrapi: async () => strapi as never, autoDestroy: false });
  const destination = file.providers.createLocalFileDestinationProvider({
    file: { path: partialBase },
    encryption: { enabled: encrypt, key },
    compression: { enabled: true },
  });
  const transfer = engine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'ignore',
    transforms: { configuration: [{ map: withoutSecrets }] },
  });
  try {
    const results = await transfer.transfer();
    const partial = results.destination?.file?.path;
    if (!partial) throw new Error(`the export wrote nothing to ${outDir}`);
    chmodSync(partial, 0o600);
    const written = path.join(outDir, `${name}${path.basename(partial).slice(path.basename(partialBase).length)}`);
    renameSync(partial, written);
    console.log(`backup: ${written}${encrypt ? ' (encrypted)' : ' (NOT encrypted)'}`);
  } catch (error) {
    removePartial();
    throw error;
  }
});
