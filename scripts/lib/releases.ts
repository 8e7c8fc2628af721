import { mkdir, readdir, readFile, readlink, rename, rm, symlink, stat, writeFile, open, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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

/** The store under `root`; paths are absolute, so the live release compares equal to its folder. */
export const releaseStore = (root: string): ReleaseStore => {
  const absolute = path.resolve(root);
  return {
    root: absolute,
    releasesDir: path.join(absolute, 'releases'),
    buildingDir: path.join(absolute, 'building'),
    liveLink: path.join(absolute, 'live'),
  };
};

/** A release id named by time (sortable), e.g. 20261128T183000123Z. */
export const releaseId = (now = new Date()) => now.toISOString().replace(/[-:.]/g, '');

/**
 * A new, empty folder for a build in progress: building/<id>-<random>/. The random part keeps
 * two builds started in the same millisecond apart; creating it fails if it exists.
 */
export async function newBuildDir(store: ReleaseStore, now = new Date()): Promise<string> {
  await mkdir(store.buildingDir, { recursive: true });
  const dir = path.join(store.buildingDir, `${releaseId(now)}-${randomBytes(3).toString('hex')}`);
  await mkdir(dir);
  return dir;
}

/** Flushes a folder's entries (a rename, a new link) to disk. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes every file of a finished build to disk before it is marked complete, so that after a
 * power cut a release marked complete has whole files. `sync -f` (Linux) flushes the one file
 * system in a single call, far cheaper than an fsync per file; elsewhere plain `sync` flushes all.
 */
async function flushFileSystem(dir: string): Promise<void> {
  const run = promisify(execFile);
  await run('sync', ['-f', dir]).catch(() => run('sync', []));
}

/**
 * Marks a checked build complete and moves it into releases/ (rename: atomic, same disk).
 * The marker is flushed to disk before the rename, so a release that is visible is complete.
 */
export async function completeRelease(store: ReleaseStore, buildDir: string, info: Record<string, unknown> = {}): Promise<string> {
  await flushFileSystem(buildDir);
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
  await syncDir(store.releasesDir);
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

/** Name prefix of the temporary link a switch renames over `live`. */
const SWITCH_LINK_PREFIX = 'live.switching.';

/** Points `live` at `releaseDir` atomically, and flushes the switch to disk. */
export async function switchLive(store: ReleaseStore, releaseDir: string): Promise<void> {
  const temp = path.join(store.root, `${SWITCH_LINK_PREFIX}${process.pid}.${Date.now()}`);
  await symlink(path.relative(path.dirname(store.liveLink), releaseDir), temp, 'dir');
  await rename(temp, store.liveLink);
  await syncDir(store.root);
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
  // A switch killed between creating its temporary link and renaming it.
  for (const name of await readdir(store.root).catch(() => [] as string[])) {
    if (name.startsWith(SWITCH_LINK_PREFIX)) {
      await unlink(path.join(store.root, name)).catch(() => {});
      removed.push(path.join(store.root, name));
    }
  }
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

/**
 * Takes DATA_DIR for this process: two publishers on one DATA_DIR would delete each other's
 * builds at start-up and race to switch `live`. A lock left by a process that is gone is taken
 * over. Returns the function that gives it back.
 */
export async function lockStore(store: ReleaseStore): Promise<() => Promise<void>> {
  const lock = path.join(store.root, 'publisher.lock');
  await mkdir(store.root, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(lock).catch(() => {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new Error(
          `another publisher (pid ${holder}) uses ${store.root}: stop it, or give each publisher its own DATA_DIR (lock: ${lock})`,
        );
      }
      await unlink(lock).catch(() => {}); // left by a process that is gone
    }
  }
  throw new Error(`could not take the lock ${lock}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
