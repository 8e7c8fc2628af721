/**
 * pnpm bench: how fast the publishing stack is, at sizes anyone can reproduce.
 *   pnpm bench [--sizes tiny,S,L] [--runs 3]
 * Prints a Markdown table (median, min–max of the runs) and writes JSON to .data/bench/.
 * Not a test (a tiny smoke run is). Not destructive: everything happens in temp folders.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR } from '../lib/paths.ts';
import { measureSize, table, type SizeResult } from './lib/measure.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('sizes', 'S').split(',');
const runs = Number(arg('runs', '3'));

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measureSize(size, runs));
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
console.log(`\n${table(results)}\n\nmedian (min–max) of ${runs} runs; JSON: ${path.relative(process.cwd(), file)}`);
