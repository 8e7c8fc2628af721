import { mkdir, readdir, readlink, rename, rm, symlink, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Releases of the built site: each build goes into releases/<id>/, and `live` is a symlink
 * to the one the public sees. Switching is a rename of a new symlink over the old one, which
 * is atomic: a reader gets the old release or the new one, never a mix or nothing.
 */
export interface ReleaseStore {
  root: string;
  releasesDir: string;
  liveLink: string;
}

export const releaseStore = (root: string): ReleaseStore => ({
  root,
  releasesDir: path.join(root, 'releases'),
  liveLink: path.join(root, 'live'),
});

/** A new, empty release folder named by time (sortable), e.g. 20261128T183000123Z. */
export async function newReleaseDir(store: ReleaseStore, now = new Date()): Promise<string> {
  await mkdir(store.releasesDir, { recursive: true });
  const id = now.toISOString().replace(/[-:.]/g, '');
  return path.join(store.releasesDir, id);
}

/** The release folder `live` points at, or undefined before the first release. */
export async function liveRelease(store: ReleaseStore): Promise<string | undefined> {
  try {
    return path.resolve(path.dirname(store.liveLink), await readlink(store.liveLink));
  } catch {
    return undefined;
  }
}

/** Points `live` at `releaseDir` atomically. */
export async function switchLive(store: ReleaseStore, releaseDir: string): Promise<void> {
  const temp = `${store.liveLink}.${process.pid}.${Date.now()}`;
  await symlink(path.relative(path.dirname(store.liveLink), releaseDir), temp, 'dir');
  await rename(temp, store.liveLink);
}

/** Release folders, oldest first. */
export async function listReleases(store: ReleaseStore): Promise<string[]> {
  try {
    const names = (await readdir(store.releasesDir)).sort();
    const dirs: string[] = [];
    for (const name of names)
      if ((await stat(path.join(store.releasesDir, name))).isDirectory()) dirs.push(path.join(store.releasesDir, name));
    return dirs;
  } catch {
    return [];
  }
}

/** Deletes all but the newest `keep` releases, never the live one. */
export async function pruneReleases(store: ReleaseStore, keep: number): Promise<string[]> {
  const live = await liveRelease(store);
  const releases = await listReleases(store);
  const doomed = releases.slice(0, Math.max(0, releases.length - keep)).filter((dir) => dir !== live);
  for (const dir of doomed) await rm(dir, { recursive: true, force: true });
  return doomed;
}

/** Puts the release before the live one live again; returns it, or undefined if there is none. */
export async function rollback(store: ReleaseStore): Promise<string | undefined> {
  const live = await liveRelease(store);
  const releases = await listReleases(store);
  const index = live ? releases.indexOf(live) : -1;
  const previous = index > 0 ? releases[index - 1] : undefined;
  if (previous) await switchLive(store, previous);
  return previous;
}
