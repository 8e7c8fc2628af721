/**
 * pnpm bench: how fast the publishing stack is, at sizes anyone can reproduce.
 *   pnpm bench [--sizes tiny,S,L] [--runs 3]   (--help for the options)
 * Prints a Markdown table (median, min–max of the runs) and writes JSON to .data/bench/.
 * Not a test (a tiny smoke run is). Not destructive: everything happens in temp folders.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR } from '../lib/paths.ts';
import { measureSize, SIZES, type SizeResult } from './lib/measure.ts';
import { table } from './lib/table.ts';
import { parseCli } from '@integra/contract/cli';

const { values } = parseCli({
  command: 'pnpm bench',
  summary:
    'Measures the publishing stack (CMS fill, site build, rebuilds, publish to live, page weight, search, Lighthouse) at reproducible sizes; prints a Markdown table and writes JSON to .data/bench/. Takes minutes per size.',
  effects: 'Not destructive: every CMS and site it builds lives in temporary folders.',
  options: {
    sizes: { type: 'string', default: 'S', valueName: 'list', description: `comma-separated sizes: ${Object.keys(SIZES).join(', ')}` },
    runs: { type: 'string', default: '3', valueName: 'n', description: 'runs per size (the table shows the median and min–max)' },
    baseline: {
      type: 'string',
      valueName: 'dir',
      description: "another checkout of the project, installed: its cold full builds alternate with this one's, on the same content",
    },
    'baseline-node': { type: 'string', valueName: 'path', description: 'the Node that runs the baseline (default: node on PATH)' },
  },
});
const sizes = values.sizes.split(',');
const runs = Number(values.runs);
for (const size of sizes) {
  if (!Object.hasOwn(SIZES, size)) fail(`unknown size "${size}": ${Object.keys(SIZES).join(', ')}`);
}
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of at least 1, not "${values.runs}"`);

function fail(message: string): never {
  console.error(`pnpm bench: ${message}`);
  process.exit(2);
}

const baselineDir = values.baseline ? path.resolve(values.baseline) : undefined;
if (baselineDir && !existsSync(path.join(baselineDir, 'site', 'node_modules', 'astro'))) {
  fail(`--baseline ${values.baseline}: no installed site there (run pnpm install in that checkout first)`);
}
const baseline = baselineDir && {
  siteDir: path.join(baselineDir, 'site'),
  node: values['baseline-node'] ?? 'node',
  label: `${path.basename(baselineDir)}${values['baseline-node'] ? `, ${values['baseline-node']}` : ''}`,
};

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measureSize(size, runs, baseline || undefined));
const out = path.join(DATA_DIR, 'bench');
await mkdir(out, { recursive: true });
const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(
  file,
  JSON.stringify(
    { machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, runs, results },
    null,
    2,
  ),
);
// The cost of a publish should follow the change, not the site: the ratio of the largest size's
// publish-to-live to the smallest's, both measured in this run.
const [smallest, largest] = [results[0], results.at(-1)];
const ratio =
  smallest && largest && smallest !== largest
    ? `\npublish-to-live ${largest.size} ÷ ${smallest.size}: ${(largest.publishToLive.median / smallest.publishToLive.median).toFixed(2)} (${largest.pages} ÷ ${smallest.pages} pages: ${(largest.pages / smallest.pages).toFixed(2)})`
    : '';
console.log(`\n${table(results)}\n${ratio}\nmedian (min–max) of ${runs} runs; JSON: ${path.relative(process.cwd(), file)}`);
