#!/usr/bin/env node
// pnpm restore <backup file>: replaces the content, uploaded files and settings of the CMS the
// environment selects with those of a `pnpm backup` file (`strapi import --force`).
// DESTRUCTIVE: what the database holds now is deleted first. Stop the CMS server before, and
// start it after (it rebuilds nothing itself; publish or `pnpm build` for the site).
// An encrypted backup (.enc) needs BACKUP_ENCRYPTION_KEY.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] && path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]);
if (!file || !existsSync(file)) {
  console.error(`usage: pnpm restore <backup file>${file ? `\nno such file: ${file}` : ''}`);
  process.exit(2);
}
const key = process.env.BACKUP_ENCRYPTION_KEY;
if (file.endsWith('.enc') && !key) {
  console.error(`${path.basename(file)} is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with`);
  process.exit(2);
}

const args = ['import', '--file', file, '--force', ...(key && file.endsWith('.enc') ? ['--key', key] : [])];
const strapi = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const result = spawnSync(process.execPath, [strapi, ...args], { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (result.status !== 0) {
  console.error(`restore failed (strapi import exited ${result.status}):\n${(result.stderr || result.stdout).trim().slice(-3000)}`);
  process.exit(1);
}
console.log(`restore: ${path.basename(file)} imported`);
