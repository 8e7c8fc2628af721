#!/usr/bin/env node
// pnpm backup [--out <folder>]: the CMS's content, uploaded files and settings (core store,
// webhooks) in Strapi's own export format (a .tar.gz, through `strapi export`), written to
// .data/backups/integra-<time>.tar.gz, or .tar.gz.enc encrypted when BACKUP_ENCRYPTION_KEY is
// set. Not included, by Strapi's design: admin users, roles and API tokens (recreate them, or
// back the database up too). Reads the CMS the environment selects; the server may be running.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runStrapiCli } from './lib/strapi-cli.mjs';
import { appDir } from './lib/app-dir.mjs';

const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(appDir, '..', '.data', 'backups'));
mkdirSync(outDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const base = path.join(outDir, `integra-${stamp}`);
const key = process.env.BACKUP_ENCRYPTION_KEY;

runStrapiCli('backup', ['export', '--file', base, ...(key ? ['--key', key] : ['--no-encrypt'])]);
const written = readdirSync(outDir).find((f) => f.startsWith(path.basename(base)));
if (!written) {
  console.error(`backup failed: strapi export reported success but wrote nothing to ${outDir}`);
  process.exit(1);
}
console.log(`backup: ${path.join(outDir, written)}${key ? ' (encrypted with BACKUP_ENCRYPTION_KEY)' : ''}`);
