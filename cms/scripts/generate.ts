#!/usr/bin/env node
// Benchmark data: adds N synthetic documents per content type (every locale) to the CMS the
// environment selects, after the demo seed. DESTRUCTIVE in effect: it fills the database with
// word-salad content; point DATABASE_FILENAME at a throwaway file. Usage: generate.ts <N>
import { parseCli } from '@integra/contract/cli';

const { positionals } = parseCli({
  command: 'node scripts/generate.ts',
  positionals: { usage: '<documents per type>', max: 1 },
  summary:
    'Benchmark data: the demo seed, then N synthetic documents per content type in every locale, in the CMS the environment selects.',
  effects: 'DESTRUCTIVE in effect: fills the database with word-salad content; point DATABASE_FILENAME at a throwaway file.',
});
const perType = Number(positionals[0]);
if (positionals[0] === undefined || !Number.isInteger(perType) || perType < 0) {
  console.error(
    'node scripts/generate.ts: needs the number of documents per type (a whole number), e.g. 190\nRun "node scripts/generate.ts --help" for usage.',
  );
  process.exit(2);
}
// Loaded after the command line is checked: --help never loads Strapi.
const { withStrapi } = await import('./lib/with-strapi.ts');
const { LOCALES } = await import('@integra/contract/locales');

await withStrapi(
  'generate',
  async (strapi, fromDist) => {
    await fromDist('seed/index.js').runSeed(strapi);
    // Every configured locale, the default first (the boot has created them all).
    const started = Date.now();
    const created = await fromDist('seed/synthetic.js').generateSynthetic(strapi, { perType, locales: LOCALES });
    const seconds = (Date.now() - started) / 1000;
    console.log(JSON.stringify({ created, locales: LOCALES.length, seconds, documentsPerSecond: created / seconds }));
  },
  { logLevel: 'error' },
);
