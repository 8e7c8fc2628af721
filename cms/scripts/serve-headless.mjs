#!/usr/bin/env node
// Starts the CMS API without the admin panel's static files: for CI, the site's tests and
// build servers that only need REST. Compiles TypeScript first (incremental, a few seconds).
// Not destructive. Environment as for `strapi start`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { distDir } = await compileStrapi({ appDir });
const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
await strapi.start();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await strapi.destroy();
    process.exit(0);
  });
}
