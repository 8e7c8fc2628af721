#!/usr/bin/env node
// Writes the CMS's secrets into a git-ignored cms/.env on first run, so that a fresh checkout
// starts without manual setup. Existing values are kept; only missing keys are added.
// Not destructive. Values already set in the process environment win over the file.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const envFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.env');
const secret = () => randomBytes(24).toString('base64');

const generated = {
  APP_KEYS: () => Array.from({ length: 4 }, secret).join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
};

const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
const present = new Set(
  existing
    .split('\n')
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=/)?.[1])
    .filter(Boolean),
);
const missing = Object.keys(generated).filter((key) => !present.has(key) && !process.env[key]);
if (missing.length > 0) {
  const header = existing ? '' : '# Generated local secrets. Never commit this file.\n';
  const lines = missing.map((key) => `${key}=${generated[key]()}`).join('\n');
  appendFileSync(envFile, `${existing && !existing.endsWith('\n') ? '\n' : ''}${header}${lines}\n`, { mode: 0o600 });
  console.log(`cms: wrote ${missing.length} generated secret(s) to ${path.relative(process.cwd(), envFile) || envFile}`);
}
