import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { treeFingerprint } from '../lib/tree-fingerprint.ts';
import { startTestCms, type TestCms } from '@integra/harness/test-cms';
import { createPipeline } from '../lib/publisher/pipeline.ts';
import { RELEASE_LOCALES } from '../lib/publisher/locales.ts';
import { COMPLETE_MARKER, listReleases, liveRelease, releaseStore } from '../lib/releases.ts';
import { run } from '../lib/run.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = path.join(HERE, '..', 'node_modules', '.bin', 'tsx');

let cms: TestCms;
let dataDir: string;

/**
 * Runs one publish in its own process group. With `killWhen`, sends SIGKILL to the whole group
 * (the publisher and the Astro build it started) as soon as its output matches, and resolves
 * once every process of the group is gone.
 */
function publishOnce(options: { killWhen?: RegExp; hangAfterSwitch?: boolean } = {}) {
  return new Promise<{ output: string; killed: boolean; code: number | null }>((resolve, reject) => {
    const child = spawn(TSX, [path.join(HERE, 'fixtures', 'publish-once.ts')], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        CMS_URL: cms.url,
        CMS_TOKEN: cms.token,
        SITE_URL: 'http://127.0.0.1:4321',
        HANG_AFTER_SWITCH: String(Boolean(options.hangAfterSwitch)),
      },
    });
    let output = '';
    let killed = false;
    const deadline = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`publish did not reach ${options.killWhen} in time:\n${output.slice(-2000)}`));
    }, 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (!killed && options.killWhen?.test(output)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', async (code) => {
      clearTimeout(deadline);
      // The group's other processes (the Astro build) die with it; wait until none is left.
      for (let i = 0; i < 100; i += 1) {
        try {
          process.kill(-child.pid!, 0);
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          break;
        }
      }
      resolve({ output, killed, code });
    });
  });
}

const store = () => releaseStore(dataDir);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'integra-faults-'));
  cms = await startTestCms();
}, 300_000);
afterAll(async () => {
  await cms?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('a publish killed half-way (power cut, out of memory, kill -9)', () => {
  let first: string;
  let firstPrint: string;

  it('a complete publish puts the first release live', async () => {
    const { code, output } = await publishOnce();
    expect(code, output.slice(-2000)).toBe(0);
    first = (await liveRelease(store()))!;
    firstPrint = await treeFingerprint(first);
    expect(await listReleases(store())).toEqual([first]);
  });

  it.each([
    ['during the Astro build', /generating static routes/],
    // The search bundles of unchanged pages are reused; without them every bundle is indexed again.
    ['during the search indexing', /indexing [1-9]\d* of \d+ search bundles/],
  ])('killed %s: the live site stays byte-identical and the half-built folder is never offered', async (_when, killWhen) => {
    await rm(path.join(dataDir, 'cache', 'pagefind'), { recursive: true, force: true });
    const { killed } = await publishOnce({ killWhen });
    expect(killed).toBe(true);
    expect(await liveRelease(store())).toBe(first);
    expect(await treeFingerprint(store().liveLink)).toBe(firstPrint);
    expect(await listReleases(store())).toEqual([first]);
    expect((await readdir(store().buildingDir)).length).toBeGreaterThanOrEqual(1);
  });

  it('killed between the switch and pruning: the new release is live whole, and complete', async () => {
    const { killed } = await publishOnce({ killWhen: /SWITCHED/, hangAfterSwitch: true });
    expect(killed).toBe(true);
    const second = (await liveRelease(store()))!;
    expect(second).not.toBe(first);
    expect(await stat(path.join(second, COMPLETE_MARKER))).toBeTruthy();
    expect(await listReleases(store())).toEqual([first, second]);
    expect(await stat(path.join(second, 'lv', 'index.html'))).toBeTruthy();
  });

  it('the next start removes the leftovers, and rollback lands on the last complete release', async () => {
    const pipeline = createPipeline({
      cmsUrl: cms.url,
      siteUrl: '',
      dataDir,
      locales: RELEASE_LOCALES,
      keepReleases: 5,
      logger: pino({ level: 'silent' }),
    });
    await pipeline.recover();
    expect(await readdir(store().buildingDir)).toEqual([]);
    await run(TSX, [path.join(HERE, '..', 'rollback.ts')], { cwd: path.join(HERE, '..'), env: { DATA_DIR: dataDir } });
    expect(await liveRelease(store())).toBe(first);
    expect(await treeFingerprint(store().liveLink)).toBe(firstPrint);
  });
});
