import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  liveRelease,
  listReleases,
  newReleaseDir,
  pruneReleases,
  releaseStore,
  rollback,
  switchLive,
  type ReleaseStore,
} from '../lib/releases.ts';

let root: string;
let store: ReleaseStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'integra-releases-'));
  store = releaseStore(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function release(label: string, at: number) {
  const dir = await newReleaseDir(store, new Date(Date.UTC(2026, 0, 1, 0, 0, at)));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), label);
  return dir;
}
const liveIndex = () => readFile(path.join(store.liveLink, 'index.html'), 'utf8');

describe('releases', () => {
  it('puts a release live and serves its files through the live link', async () => {
    const first = await release('first', 1);
    await switchLive(store, first);
    expect(await liveRelease(store)).toBe(first);
    expect(await liveIndex()).toBe('first');
  });

  it('switches to a new release in place, leaving no temporary links behind', async () => {
    await switchLive(store, await release('first', 1));
    await switchLive(store, await release('second', 2));
    expect(await liveIndex()).toBe('second');
    expect((await import('node:fs/promises').then((fs) => fs.readdir(root))).sort()).toEqual(['live', 'releases']);
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
});
