import { mkdir, readdir, readlink, rename, rm, symlink, stat, writeFile, open } from 'node:fs/promises';
import path from 'node:path';

/**
 * Releases of the built site. A build writes into building/<id>/; only after its checks pass
 * is it marked complete and renamed into releases/<id>/ (one atomic step), and `live` is a
 * symlink to the release the public sees. Switching is a rename of a new symlink over the old
 * one, also atomic: a reader gets the old release or the new one, never a mix or nothing.
 * A build killed half-way (power cut, out of memory, kill -9) leaves its folder in building/,
 * which rollback and prune never look at and the next start removes.
 */
export interface ReleaseStore {
  root: string;
  releasesDir: string;
  buildingDir: string;
  liveLink: string;
}

/** File inside a complete release; a dotfile, so no server ever serves it. */
export const COMPLETE_MARKER = '.release-complete';

export const releaseStore = (root: string): ReleaseStore => ({
  root,
  releasesDir: path.join(root, 'releases'),
  buildingDir: path.join(root, 'building'),
  liveLink: path.join(root, 'live'),
});

/** A release id named by time (sortable), e.g. 20261128T183000123Z. */
export const releaseId = (now = new Date()) => now.toISOString().replace(/[-:.]/g, '');

/** A new, empty folder for a build in progress: building/<id>/. */
export async function newBuildDir(store: ReleaseStore, now = new Date()): Promise<string> {
  const dir = path.join(store.buildingDir, releaseId(now));
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Marks a checked build complete and moves it into releases/ (rename: atomic, same disk).
 * The marker is flushed to disk before the rename, so a release that is visible is complete.
 */
export async function completeRelease(store: ReleaseStore, buildDir: string, info: Record<string, unknown> = {}): Promise<string> {
  const marker = await open(path.join(buildDir, COMPLETE_MARKER), 'w');
  try {
    await marker.writeFile(JSON.stringify({ completedAt: new Date().toISOString(), ...info }));
    await marker.sync();
  } finally {
    await marker.close();
  }
  await mkdir(store.releasesDir, { recursive: true });
  const release = path.join(store.releasesDir, path.basename(buildDir));
  await rename(buildDir, release);
  return release;
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

const isComplete = (dir: string) =>
  stat(path.join(dir, COMPLETE_MARKER)).then(
    (s) => s.isFile(),
    () => false,
  );

async function folders(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return [];
  }
  const dirs: string[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if ((await stat(full).catch(() => undefined))?.isDirectory()) dirs.push(full);
  }
  return dirs;
}

/** Complete release folders, oldest first. */
export async function listReleases(store: ReleaseStore): Promise<string[]> {
  const complete: string[] = [];
  for (const dir of await folders(store.releasesDir)) if (await isComplete(dir)) complete.push(dir);
  return complete;
}

/** Deletes all but the newest `keep` complete releases, never the live one. */
export async function pruneReleases(store: ReleaseStore, keep: number): Promise<string[]> {
  const live = await liveRelease(store);
  const releases = await listReleases(store);
  const doomed = releases.slice(0, Math.max(0, releases.length - keep)).filter((dir) => dir !== live);
  for (const dir of doomed) await rm(dir, { recursive: true, force: true });
  return doomed;
}

/**
 * Cleans up after builds that died: removes every unfinished build in building/, and every
 * folder in releases/ without the complete marker (left by versions that built in place),
 * unless `adopt` finds it sound, then it is marked complete. The live release is never removed.
 * Run it when nothing builds (at start-up). Returns what it removed and what it adopted.
 */
export async function recoverReleases(
  store: ReleaseStore,
  adopt: (dir: string) => Promise<boolean> = async () => false,
): Promise<{ removed: string[]; adopted: string[] }> {
  const live = await liveRelease(store);
  const removed: string[] = [];
  const adopted: string[] = [];
  for (const dir of await folders(store.buildingDir)) {
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  for (const dir of await folders(store.releasesDir)) {
    if (await isComplete(dir)) continue;
    if (dir === live || (await adopt(dir))) {
      await writeFile(path.join(dir, COMPLETE_MARKER), JSON.stringify({ adoptedAt: new Date().toISOString() }));
      adopted.push(dir);
    } else {
      await rm(dir, { recursive: true, force: true });
      removed.push(dir);
    }
  }
  return { removed, adopted };
}

/** Puts the complete release before the live one live again; returns it, or undefined if there is none. */
export async function rollback(store: ReleaseStore): Promise<string | undefined> {
  const live = await liveRelease(store);
  const releases = await listReleases(store);
  const index = live ? releases.indexOf(live) : releases.length;
  const previous = index > 0 ? releases[index - 1] : undefined;
  if (previous) await switchLive(store, previous);
  return previous;
}
