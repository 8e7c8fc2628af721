import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installedVersion } from '../utils/installed-version';
import { bundleOfPage } from '../search/bundle-path';
import { scanBuiltPages, type BuiltPages } from './built-pages';

/**
 * The search bundles of a built site and the cache that lets a publish re-index only the
 * bundles whose pages changed. A bundle (src/search/bundle-path.ts) holds the searchable pages
 * (data-pagefind-body) of one locale; its fingerprint is the hash of those pages' paths and of
 * what of each can reach the index (searchable-region.ts), so a bundle is re-indexed exactly
 * when a page in it changed what search reads, arrived or left, and reused otherwise, however
 * the page came to be (rendered anew or copied by Astro).
 */

/** Bumped when the way bundles are made or fingerprinted changes while their pages do not. */
const BUNDLE_FORMAT = 2;

export interface SearchBundle {
  /** Site path of the bundle, e.g. "/pagefind/lv/". */
  path: string;
  /** The locale folder whose pages it indexes: "lv". */
  pages: string;
  /** How many searchable pages it holds. */
  pageCount: number;
  fingerprint: string;
}

/** Runs `fn` on the items, `limit` at a time. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The bundles of the site built in `siteDir`, in path order, with their fingerprints, from the
 * scan of its pages (built-pages.ts; one is made when none is given).
 */
export async function findSearchBundles(siteDir: string, pages?: BuiltPages): Promise<SearchBundle[]> {
  const scan = pages ?? (await scanBuiltPages(siteDir));
  // Bundles of another Pagefind version are not merged with its code.
  const version = await installedVersion('pagefind');
  const byBundle = new Map<string, { hash: ReturnType<typeof createHash>; count: number }>();
  for (const file of scan.files) {
    const bundle = file.endsWith('.html') ? bundleOfPage(file) : undefined;
    const digest = bundle && scan.facts(file)?.search;
    if (!bundle || !digest) continue;
    let entry = byBundle.get(bundle);
    if (!entry)
      byBundle.set(bundle, (entry = { hash: createHash('sha256').update(`${BUNDLE_FORMAT}\0${version}\0${bundle}\0`), count: 0 }));
    entry.hash.update(`${file}\0${digest}\0`);
    entry.count += 1;
  }
  return [...byBundle]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([bundlePath, { hash, count }]) => ({
      path: bundlePath,
      pages: bundlePath.split('/').filter(Boolean).slice(1).join('/'),
      pageCount: count,
      fingerprint: hash.digest('hex'),
    }));
}

/** Files under `dir`, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/**
 * Puts the files of `from` into `to` as hard links, or copies where links cannot be made
 * (another file system). Links are safe because no bundle file is ever written in place: a
 * bundle is always written whole into a new folder.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const files = await filesIn(from);
  const dirs = new Set(files.map((file) => path.dirname(path.join(to, file))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  await mapLimited(files, 32, (file) => linkFile(path.join(from, file), path.join(to, file)));
}

/** A hard link to `source` at `target`, or a copy where a link cannot be made. */
export async function linkFile(source: string, target: string): Promise<void> {
  await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
    await copyFile(source, target);
  });
}

/**
 * Writes a bundle Pagefind made in memory (`files`, paths relative to the bundle) into `target`.
 * Most of a re-indexed bundle is what the bundle was before: Pagefind names its page, index
 * and filter files by their content, and one edited page changes a few of thousands. A file
 * whose bytes equal those of the same path in `previous` (the bundle's last version) is a hard
 * link to it; only the others are written, each a new file. Returns how many were written.
 */
export async function writeBundleFiles(files: { path: string; content: Uint8Array }[], target: string, previous?: string): Promise<number> {
  const dirs = new Set<string>();
  let written = 0;
  for (const file of files) {
    const relative = path.normalize(file.path);
    if (path.isAbsolute(relative) || relative.split(path.sep).includes('..'))
      throw new Error(`Pagefind gave a file outside its bundle: ${JSON.stringify(file.path)}`);
    const destination = path.join(target, relative);
    const dir = path.dirname(destination);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    const before = previous === undefined ? undefined : path.join(previous, relative);
    // Small files, one after another: a synchronous read costs less than an async round trip.
    const same = before !== undefined && sameBytes(before, file.content);
    if (
      same &&
      (await link(before, destination).then(
        () => true,
        () => false,
      ))
    )
      continue;
    // A new file, never one already there: a path given twice would otherwise write into a
    // link to the last version, which a live release shares.
    await writeFile(destination, file.content, { flag: 'wx' });
    written += 1;
  }
  return written;
}

function sameBytes(file: string, content: Uint8Array): boolean {
  try {
    return Buffer.from(content).equals(readFileSync(file));
  } catch {
    return false; // not there
  }
}

/**
 * Bundles kept from earlier builds, in `cacheDir`: each bundle's files, and beside them the
 * fingerprint of the pages they were made from. The fingerprint is written last and removed
 * first, so a build killed half-way leaves a bundle that is simply made again.
 */
export function bundleCache(cacheDir: string) {
  const dirOf = (bundle: SearchBundle) => path.join(cacheDir, bundle.pages);
  const stampOf = (bundle: SearchBundle) => `${dirOf(bundle)}.fingerprint`;
  const isFresh = async (bundle: SearchBundle): Promise<boolean> =>
    (await readFile(stampOf(bundle), 'utf8').catch(() => '')) === bundle.fingerprint;

  return {
    /** The folder of the bundle's last version, whatever pages it was made from. */
    previous: (bundle: SearchBundle) => dirOf(bundle),
    /** Whether the cached bundle was made from the same pages. */
    isFresh,
    /** Links the cached bundle into `target` if it was made from the same pages; false if not. */
    async restore(bundle: SearchBundle, target: string): Promise<boolean> {
      if (!(await isFresh(bundle))) return false;
      await linkTree(dirOf(bundle), target);
      return true;
    },
    /**
     * Keeps the bundle just written to `written` for later builds. Its last version is set aside
     * under a name of its own rather than removed (thousands of files): the next prune removes it.
     */
    async store(bundle: SearchBundle, written: string): Promise<void> {
      const dir = dirOf(bundle);
      const temp = `${dir}.new`;
      await rm(stampOf(bundle), { force: true });
      await rm(temp, { recursive: true, force: true });
      await linkTree(written, temp);
      await rename(dir, `${dir}.old-${process.pid}-${Date.now()}`).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(temp, dir);
      await writeFile(`${stampOf(bundle)}.new`, bundle.fingerprint);
      await rename(`${stampOf(bundle)}.new`, stampOf(bundle));
    },
    /**
     * Removes cached bundles of locales the site no longer has, versions set aside by store(),
     * and leftovers of a killed build. Safe while the bundles `storing` are stored: their
     * folders being written (.new) are kept.
     */
    async prune(current: SearchBundle[], storing: SearchBundle[] = []): Promise<void> {
      const keep = new Set([
        ...current.flatMap((b) => [b.pages, `${b.pages}.fingerprint`]),
        ...storing.flatMap((b) => [`${b.pages}.new`, `${b.pages}.fingerprint.new`]),
      ]);
      for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
        if (!keep.has(name)) await rm(path.join(cacheDir, name), { recursive: true, force: true });
      }
    },
  };
}
