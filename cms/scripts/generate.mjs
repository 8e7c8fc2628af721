#!/usr/bin/env node
// Benchmark data: adds N synthetic documents per content type (every locale) to the CMS the
// environment selects, after the demo seed. DESTRUCTIVE in effect: it fills the database with
// word-salad content; point DATABASE_FILENAME at a throwaway file. Usage: generate.mjs <N>
import { withStrapi } from './lib/with-strapi.mjs';

const perType = Number(process.argv[2]);
if (!Number.isInteger(perType) || perType < 0) {
  console.error('usage: generate.mjs <documents per type>');
  process.exit(2);
}

await withStrapi(
  'generate',
  async (strapi, fromDist) => {
    await fromDist('seed/index.js').runSeed(strapi);
    const locales = (await strapi.plugin('i18n').service('locales').find())
      .map((l) => l.code)
      .sort((a, b) => (a === 'lv' ? -1 : b === 'lv' ? 1 : 0));
    const started = Date.now();
    const created = await fromDist('seed/synthetic.js').generateSynthetic(strapi, { perType, locales });
    const seconds = (Date.now() - started) / 1000;
    console.log(JSON.stringify({ created, locales: locales.length, seconds, documentsPerSecond: created / seconds }));
  },
  { logLevel: 'error' },
);
