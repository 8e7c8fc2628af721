#!/usr/bin/env node
// Benchmark data: adds N synthetic documents per content type (every locale) to the CMS the
// environment selects, after the demo seed. DESTRUCTIVE in effect: it fills the database with
// word-salad content; point DATABASE_FILENAME at a throwaway file. Usage: generate.mjs <N>
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const perType = Number(process.argv[2]);
if (!Number.isInteger(perType) || perType < 0) {
  console.error('usage: generate.mjs <documents per type>');
  process.exit(2);
}

const { distDir } = await compileStrapi({ appDir });
const { runSeed } = require(path.join(distDir, 'seed', 'index.js'));
const { generateSynthetic } = require(path.join(distDir, 'seed', 'synthetic.js'));
const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
strapi.log.level = 'error';
let failed = false;
try {
  await strapi.load();
  await runSeed(strapi);
  const locales = (await strapi.plugin('i18n').service('locales').find())
    .map((l) => l.code)
    .sort((a, b) => (a === 'lv' ? -1 : b === 'lv' ? 1 : 0));
  const started = Date.now();
  const created = await generateSynthetic(strapi, { perType, locales });
  const seconds = (Date.now() - started) / 1000;
  console.log(JSON.stringify({ created, locales: locales.length, seconds, documentsPerSecond: created / seconds }));
} catch (error) {
  failed = true;
  console.error('generate failed:', error?.message ?? error);
} finally {
  await strapi.destroy();
}
process.exit(failed ? 1 : 0);
