#!/usr/bin/env node
// pnpm translations [--json]: which entries lack which language, and which translations are
// older than their Latvian original's last change, in the CMS the environment selects. Reads
// the draft versions (what editors last saved). Works whether or not the CMS server is running.
import { withStrapi } from './lib/with-strapi.mjs';

const asJson = process.argv.includes('--json');
await withStrapi(
  'translation report',
  async (strapi, fromDist) => {
    const report = await fromDist('src/translations/collect.js').collectTranslationStatus(strapi);
    console.log(asJson ? JSON.stringify(report, null, 2) : fromDist('src/translations/status.js').formatTranslationReport(report));
  },
  { logLevel: 'error' },
);
