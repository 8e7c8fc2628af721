import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from '../lib/paths.ts';

const SCRIPTS_DIR = path.join(REPO_ROOT, 'scripts');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');

/** Every script entry that takes options, and how it is run. */
const ENTRIES = [
  ...['start.ts', 'build.ts', 'publisher.ts', 'rollback.ts', 'bench/bench.ts', 'bench/search-recall.ts', 'docs/screenshots.ts'].map(
    (file) => ({ name: `scripts/${file}`, cwd: SCRIPTS_DIR, args: [tsx, file] }),
  ),
  ...['ensure-env.ts', 'prepare.ts', 'seed.ts', 'translations.ts', 'generate.ts', 'serve-headless.ts'].map((file) => ({
    name: `cms/scripts/${file}`,
    cwd: CMS_DIR,
    args: [`scripts/${file}`],
  })),
];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'integra-cli-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/**
 * Runs an entry to its end, within `timeoutMs`: past it, the whole process group is killed and
 * the run counts as "started the work". Data folders point at a scratch folder, so an entry
 * that ignored its arguments could not touch real data.
 */
function runEntry(entry: (typeof ENTRIES)[number], arg: string, timeoutMs = 20_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [...entry.args, arg], {
      cwd: entry.cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATA_DIR: scratch,
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(scratch, 'cms.db'),
        CMS_PORT: '1',
        PUBLISH_WEBHOOK_SECRET: 'cli-test-secret-0123456789',
      },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

describe('script entries', () => {
  for (const entry of ENTRIES) {
    it(`${entry.name} answers --help with its usage and whether it is destructive, exits 0 and starts nothing`, async () => {
      const run = await runEntry(entry, '--help');
      expect(run.timedOut, 'still running: --help started the work').toBe(false);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Usage: /);
      expect(run.stdout).toMatch(/destructive/i);
      expect(run.stdout).toContain('--help');
      // Nothing was written where the work would write.
      expect(await readdir(scratch)).toEqual([]);
    }, 30_000);

    it(`${entry.name} refuses an unknown option with exit code 2 and names it`, async () => {
      const run = await runEntry(entry, '--bogus');
      expect(run.timedOut, 'still running: an unknown option started the work').toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("unknown option '--bogus'");
      expect(run.stderr).toContain('--help');
      expect(run.stdout).toBe('');
    }, 30_000);
  }
});
