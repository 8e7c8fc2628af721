#!/usr/bin/env node
// pnpm seed: fills the CMS selected by the environment (DATABASE_CLIENT, DATABASE_FILENAME or
// DATABASE_URL) with demo content. NOT destructive: existing documents are never changed and a
// second run creates nothing. Works whether or not the CMS server is running.
import { parseCli } from '@integra/contract/cli';
import { ensureEnv } from './lib/ensure-env.ts';

parseCli({
  command: 'pnpm seed',
  summary: 'Adds the demo content to the CMS the environment selects (DATABASE_CLIENT, DATABASE_FILENAME or DATABASE_URL).',
  effects: 'Not destructive: existing documents are never changed, and a second run creates nothing.',
});
// After the command line is checked: --help writes no cms/.env and never loads Strapi.
ensureEnv({ demo: false });
const { withStrapi } = await import('./lib/with-strapi.ts');

await withStrapi('seed', async (strapi, fromDist) => {
  const report = await fromDist('seed/index.js').runSeed(strapi);
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`seed: ${total(report.created)} documents created, ${total(report.skipped)} already present (left unchanged).`);
  for (const [uid, count] of Object.entries(report.created)) console.log(`  + ${count} ${uid}`);
});
