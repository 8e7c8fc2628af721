#!/usr/bin/env node
// pnpm translations [--json]: which entries lack which language, and which translations are
// older than their Latvian original's last change, in the CMS the environment selects. Reads
// the draft versions (what editors last saved). Works whether or not the CMS server is running.
import { parseCli } from '@integra/contract/cli';
import { ensureEnv } from './lib/ensure-env.ts';

const { values } = parseCli({
  command: 'pnpm translations',
  summary:
    "Which entries lack which language, and which translations are older than their Latvian original's last change, in the CMS the environment selects (drafts: what editors last saved).",
  effects: 'Not destructive: it only reads.',
  options: { json: { type: 'boolean', description: 'the report as JSON, for machines' } },
});
const asJson = values.json === true;
// After the command line is checked: --help writes no cms/.env and never loads Strapi.
ensureEnv({ demo: false });
const { withStrapi } = await import('./lib/with-strapi.ts');
const { formatTranslationReport } = await import('@integra/contract/translation-status');
await withStrapi(
  'translation report',
  async (strapi, fromDist) => {
    const report = await fromDist('src/translations/collect.js').collectTranslationStatus(strapi);
    console.log(asJson ? JSON.stringify(report, null, 2) : formatTranslationReport(report));
  },
  { logLevel: 'error' },
);
