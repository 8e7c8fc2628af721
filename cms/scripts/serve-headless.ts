#!/usr/bin/env node
// Starts the CMS API without the admin panel's static files: for CI, the site's tests and
// build servers that only need REST. Compiles TypeScript first (incremental, a few seconds).
// Not destructive. Environment as for `strapi start`.
import { createRequire } from 'node:module';
import { appDir } from './lib/app-dir.ts';
import { parseCli } from '@integra/contract/cli';

parseCli({
  command: 'node scripts/serve-headless.ts',
  summary:
    "Starts the CMS's REST API without the admin panel (for CI, the site's tests and build servers), on HOST and PORT, with the database the environment selects.",
  effects:
    'Not destructive: it serves the CMS the environment selects; its boot sets up locales, permissions and the webhook, as `strapi start` does.',
});
const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');

const { distDir } = await compileStrapi({ appDir });
const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
await strapi.start();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await strapi.destroy();
    process.exit(0);
  });
}
