#!/usr/bin/env node
// pnpm seed: fills the CMS selected by the environment (DATABASE_CLIENT, DATABASE_FILENAME or
// DATABASE_URL) with demo content. NOT destructive: existing documents are never changed and a
// second run creates nothing. Works whether or not the CMS server is running.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { distDir } = await compileStrapi({ appDir });
const { runSeed } = require(path.join(distDir, 'seed', 'index.js'));
const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
strapi.log.level = 'warn';

let failed = false;
try {
  await strapi.load();
  const report = await runSeed(strapi);
  const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`seed: ${total(report.created)} documents created, ${total(report.skipped)} already present (left unchanged).`);
  for (const [uid, count] of Object.entries(report.created)) console.log(`  + ${count} ${uid}`);
} catch (error) {
  failed = true;
  console.error('seed failed:', error?.message ?? error);
  if (error?.details && Object.keys(error.details).length) console.error(JSON.stringify(error.details, null, 2));
} finally {
  await strapi.destroy();
}
process.exit(failed ? 1 : 0);
