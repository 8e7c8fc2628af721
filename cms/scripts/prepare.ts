#!/usr/bin/env node
// Makes the CMS runnable: compiles its TypeScript to dist/ and builds the admin panel when it
// has not been built yet or its inputs changed since (the admin's code in src/admin/, or the
// dependencies in package.json, e.g. a new plugin). The admin build takes about a minute; the
// compile a few seconds. Not destructive. --force-admin rebuilds the admin panel anyway.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appDir } from './lib/app-dir.ts';
import { parseCli } from '@integra/contract/cli';

const { values } = parseCli({
  command: 'node scripts/prepare.ts',
  summary:
    'Makes the CMS runnable: compiles its TypeScript to dist/, and builds the admin panel when it has not been built yet or its inputs (src/admin/, package.json) changed.',
  effects: 'Not destructive: it writes only dist/.',
  options: { 'force-admin': { type: 'boolean', description: 'rebuild the admin panel anyway' } },
});

const require = createRequire(import.meta.url);
const adminIndex = path.join(appDir, 'dist', 'build', 'index.html');
const fingerprintFile = path.join(appDir, 'dist', 'build', '.inputs-fingerprint');

/** A hash of what the admin bundle is built from. */
function adminInputsFingerprint() {
  const hash = createHash('sha256').update(readFileSync(path.join(appDir, 'package.json')));
  const adminDir = path.join(appDir, 'src', 'admin');
  for (const file of readdirSync(adminDir, { recursive: true }).map(String).sort()) {
    const full = path.join(adminDir, file);
    if (/\.(tsx?|jsx?|json|css)$/.test(file)) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex');
}

const fingerprint = adminInputsFingerprint();
const built = existsSync(adminIndex) && existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : '';
if (built !== fingerprint || values['force-admin'] === true) {
  console.log(
    built
      ? 'cms: the admin panel changed, rebuilding it (about a minute)…'
      : 'cms: building the admin panel (first run only, about a minute)…',
  );
  const result = spawnSync('pnpm', ['exec', 'strapi', 'build'], { cwd: appDir, stdio: 'inherit' });
  if (result.status === 0) writeFileSync(fingerprintFile, fingerprint);
  process.exit(result.status ?? 1);
}
const { compileStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
await compileStrapi({ appDir });
