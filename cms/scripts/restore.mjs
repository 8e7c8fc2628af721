#!/usr/bin/env node
// pnpm restore <backup file>: replaces the content, uploaded files and settings of the CMS the
// environment selects with those of a `pnpm backup` file (`strapi import --force`).
// DESTRUCTIVE: what the database holds now is deleted first. Stop the CMS server before, and
// start it after (it rebuilds nothing itself; publish or `pnpm build` for the site).
// An encrypted backup (.enc) needs BACKUP_ENCRYPTION_KEY.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runStrapiCli } from './lib/strapi-cli.mjs';

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

runStrapiCli('restore', ['import', '--file', file, '--force', ...(key && file.endsWith('.enc') ? ['--key', key] : [])]);
console.log(`restore: ${path.basename(file)} imported`);
