#!/usr/bin/env node
// Makes the CMS runnable: compiles its TypeScript to dist/ and builds the admin panel when it
// has not been built yet (the admin build takes about a minute; the compile a few seconds).
// Not destructive. Pass --force-admin to rebuild the admin panel anyway.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminIndex = path.join(appDir, 'dist', 'build', 'index.html');

if (!existsSync(adminIndex) || process.argv.includes('--force-admin')) {
  console.log('cms: building the admin panel (first run only, about a minute)…');
  const result = spawnSync('pnpm', ['exec', 'strapi', 'build'], { cwd: appDir, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
const { compileStrapi } = require('@strapi/strapi');
await compileStrapi({ appDir });
