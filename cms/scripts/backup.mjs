#!/usr/bin/env node
// pnpm backup [--out <folder>]: the CMS's content, uploaded files and settings (core store,
// webhooks) in Strapi's own export format (a .tar.gz, through `strapi export`), written to
// .data/backups/integra-<time>.tar.gz, or .tar.gz.enc encrypted when BACKUP_ENCRYPTION_KEY is
// set. Not included, by Strapi's design: admin users, roles and API tokens (recreate them, or
// back the database up too). Reads the CMS the environment selects; the server may be running.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(appDir, '..', '.data', 'backups'));
mkdirSync(outDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const base = path.join(outDir, `integra-${stamp}`);
const key = process.env.BACKUP_ENCRYPTION_KEY;

const args = ['export', '--file', base, ...(key ? ['--key', key] : ['--no-encrypt'])];
const strapi = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const result = spawnSync(process.execPath, [strapi, ...args], { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (result.status !== 0) {
  console.error(`backup failed (strapi export exited ${result.status}):\n${(result.stderr || result.stdout).trim().slice(-3000)}`);
  process.exit(1);
}
const written = readdirSync(outDir).find((f) => f.startsWith(path.basename(base)));
if (!written) {
  console.error(`backup failed: strapi export reported success but wrote nothing to ${outDir}`);
  process.exit(1);
}
console.log(`backup: ${path.join(outDir, written)}${key ? ' (encrypted with BACKUP_ENCRYPTION_KEY)' : ''}`);
