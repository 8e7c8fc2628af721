import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { spawn } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import {
  completeRelease,
  liveRelease,
  listReleases,
  newBuildDir,
  pruneReleases,
  lockStore,
  recoverReleases,
  releaseStore,
  rollback,
  switchLive,
  type ReleaseStore,
} from '../lib/releases.ts';
import { createPipeline } from '../lib/publisher/pipeline.ts';
import { redirectsFile } from '@integra/contract/legacy-paths';

let root: string;
let store: ReleaseStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-releases-'));
  store = releaseStore(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A complete release holding one index.html with `label`. */
async function release(label: string, at: number) {
  const dir = await newBuildDir(store, new Date(Date.UTC(2026, 0, 1, 0, 0, at)));
  await writeFile(path.join(dir, 'index.html'), label);
  return completeRelease(store, dir);
}
const liveIndex = () => readFile(path.join(store.liveLink, 'index.html'), 'utf8');

describe('releases', () => {
  it('puts a release live and serves its files through the live link', async () => {
    const first = await release('first', 1);
    await switchLive(store, first);
    expect(await liveRelease(store)).toBe(first);
    expect(await liveIndex()).toBe('first');
  });

  it('switches to a new release in place, leaving no temporary links or builds behind', async () => {
    await switchLive(store, await release('first', 1));
    await switchLive(store, await release('second', 2));
    expect(await liveIndex()).toBe('second');
    expect((await readdir(root)).sort()).toEqual(['building', 'live', 'releases']);
    expect(await readdir(store.buildingDir)).toEqual([]);
  });

  it('rolls back to the previous release, and does nothing when there is none', async () => {
    const first = await release('first', 1);
    await switchLive(store, first);
    expect(await rollback(store)).toBeUndefined();
    await switchLive(store, await release('second', 2));
    expect(await rollback(store)).toBe(first);
    expect(await liveIndex()).toBe('first');
  });

  it('prunes old releases but never the live one', async () => {
    const dirs = [await release('a', 1), await release('b', 2), await release('c', 3), await release('d', 4)];
    await switchLive(store, dirs[0]!);
    const removed = await pruneReleases(store, 2);
    expect(removed).toEqual([dirs[1]]);
    expect(await listReleases(store)).toEqual([dirs[0], dirs[2], dirs[3]]);
    expect(await liveIndex()).toBe('a');
  });

  it('never offers a build that did not finish to rollback or prune, and start-up removes it', async () => {
    const good = await release('good', 1);
    const live = await release('live', 2);
    await switchLive(store, live);
    // A build killed half-way, and a folder an older version left in releases/ half-written.
    const unfinished = await newBuildDir(store, new Date(Date.UTC(2026, 0, 1, 0, 0, 3)));
    await writeFile(path.join(unfinished, 'index.html'), 'half');
    const legacy = path.join(store.releasesDir, '20260101T000004000Z');
    await mkdir(legacy);
    await writeFile(path.join(legacy, 'index.html'), 'half');
    expect(await listReleases(store)).toEqual([good, live]);
    expect(await pruneReleases(store, 1)).toEqual([good]);
    const { removed } = await recoverReleases(store);
    expect(removed.sort()).toEqual([legacy, unfinished].sort());
    expect(await liveIndex()).toBe('live');
  });

  it('start-up keeps a sound release of an older version and marks it complete', async () => {
    const legacy = path.join(store.releasesDir, '20260101T000001000Z');
    await mkdir(legacy, { recursive: true });
    await writeFile(path.join(legacy, 'index.html'), 'sound');
    const { adopted } = await recoverReleases(store, async (dir) => (await readFile(path.join(dir, 'index.html'), 'utf8')) === 'sound');
    expect(adopted).toEqual([legacy]);
    expect(await listReleases(store)).toEqual([legacy]);
  });
});

describe('releases under a relative DATA_DIR, and next to other publishers', () => {
  it('never prunes or removes the live release when DATA_DIR is given as a relative path', async () => {
    const relative = releaseStore(path.relative(process.cwd(), root));
    const dirs = [];
    for (const at of [1, 2, 3]) {
      const dir = await newBuildDir(relative, new Date(Date.UTC(2026, 0, 1, 0, 0, at)));
      await writeFile(path.join(dir, 'index.html'), String(at));
      dirs.push(await completeRelease(relative, dir));
    }
    await switchLive(relative, dirs[0]!);
    expect(await pruneReleases(relative, 1)).toEqual([dirs[1]]);
    expect(await recoverReleases(relative)).toEqual({ removed: [], adopted: [] });
    expect(await rollback(relative)).toBeUndefined();
    expect(await liveIndex()).toBe('1');
  });

  it('gives two builds started in the same millisecond folders of their own', async () => {
    const now = new Date();
    const [a, b] = await Promise.all([newBuildDir(store, now), newBuildDir(store, now)]);
    expect(a).not.toBe(b);
  });

  it('removes the temporary link of a switch that was killed before its rename', async () => {
    await switchLive(store, await release('live', 1));
    await symlink('releases/x', path.join(root, 'live.switching.123.456'));
    await recoverReleases(store);
    expect((await readdir(root)).sort()).toEqual(['building', 'live', 'releases']);
  });

  it('refuses a second publisher on the same DATA_DIR, naming the one that holds it, and takes over a lock left by a dead one', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(path.join(root, 'publisher.lock'), String(other.pid));
      await expect(lockStore(store)).rejects.toThrow(new RegExp(`another publisher \\(pid ${other.pid}\\)`));
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // Its process is gone now: the lock is stale and is taken over, then given back.
    const unlock = await lockStore(store);
    expect(await readFile(path.join(root, 'publisher.lock'), 'utf8')).toBe(String(process.pid));
    await unlock();
    expect(await readdir(root)).not.toContain('publisher.lock');
  });
});

describe('publish pipeline faults', () => {
  const locales = [{ code: 'lv', htmlLang: 'lv' }];
  /** A build that writes a release the checks accept, with `label` on its home page. */
  const fakeBuild =
    (label: string) =>
    async ({ outDir }: { outDir: string }) => {
      await mkdir(path.join(outDir, 'lv'), { recursive: true });
      await writeFile(path.join(outDir, 'lv', 'index.html'), label);
      await mkdir(path.join(outDir, 'pagefind', 'lv'), { recursive: true });
      await writeFile(path.join(outDir, 'pagefind', 'lv', 'pagefind-entry.json'), JSON.stringify({ languages: { lv: { page_count: 1 } } }));
      await writeFile(path.join(outDir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
      await writeFile(path.join(outDir, '_redirects'), redirectsFile());
      await writeFile(
        path.join(outDir, 'sitemap-index.xml'),
        '<sitemapindex><sitemap><loc>https://x.lv/sitemap-0.xml</loc></sitemap></sitemapindex>',
      );
      await writeFile(path.join(outDir, 'sitemap-0.xml'), '<urlset/>');
    };
  const pipeline = (overrides: Partial<Parameters<typeof createPipeline>[0]>) =>
    createPipeline({ cmsUrl: '', siteUrl: '', dataDir: root, locales, keepReleases: 2, logger: pino({ level: 'silent' }), ...overrides });

  it('a prune that fails after the switch leaves the new release live and the build a success', async () => {
    await pipeline({ build: fakeBuild('one') }).publish(['first']);
    const result = await pipeline({
      build: fakeBuild('two'),
      prune: async () => {
        throw new Error('EBUSY: cannot remove');
      },
    }).publish(['second']);
    expect(result.result).toBe('success');
    expect(await readFile(path.join(store.liveLink, 'lv', 'index.html'), 'utf8')).toBe('two');
    expect(await liveRelease(store)).toBe(path.join(store.releasesDir, result.release!));
  });

  it('a data folder that cannot be written is a failed build, logged and in the record', async () => {
    const lines: string[] = [];
    await writeFile(path.join(root, 'building'), 'a file where the folder should be');
    const result = await createPipeline({
      cmsUrl: '',
      siteUrl: '',
      dataDir: root,
      locales,
      keepReleases: 2,
      logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
      build: fakeBuild('x'),
    }).publish(['webhook']);
    expect(result).toMatchObject({ result: 'failure' });
    expect(result.error).toMatch(/building/);
    expect(lines.join('\n')).toMatch(/build failed, live site unchanged/);
  });

  it('a failing build removes its folder and leaves the live release as it was', async () => {
    await pipeline({ build: fakeBuild('one') }).publish(['first']);
    const before = await liveRelease(store);
    const result = await pipeline({
      build: async (options) => {
        await fakeBuild('broken')(options);
        throw new Error('astro build failed');
      },
    }).publish(['second']);
    expect(result.result).toBe('failure');
    expect(await liveRelease(store)).toBe(before);
    expect(await readdir(store.buildingDir)).toEqual([]);
    expect(await listReleases(store)).toEqual([before]);
  });
});
