import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
// Workbox's manifest module alone: its index loads Rollup, Babel and Terser (0.4 s of every
// build's start) for generateSW, which runs only when the worker changes (sw-build.ts).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { bundleOfLocale } from '../search/bundle-path';
import { PRECACHE_GLOBS } from './sw-config';

/**
 * A release's id: a digest of what readers keep offline from it, the precached files (with
 * their revisions) and each locale's search entry file (which names its index's hashes, so it
 * changes when any page in search changes). Two builds of the same content get the same id and
 * readers keep their caches; any change gives a new id, a new sw.js and new cache names.
 */
export async function releaseId(dir: string, locales: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  const { manifestEntries } = await getManifest({ globDirectory: dir, globPatterns: PRECACHE_GLOBS });
  for (const entry of [...manifestEntries].sort((a, b) => a.url.localeCompare(b.url)))
    hash.update(`${entry.url} ${entry.revision ?? ''}\n`);
  for (const locale of locales) {
    const entry = await readFile(path.join(dir, bundleOfLocale(locale), 'pagefind-entry.json'), 'utf8').catch(() => '');
    hash.update(`${locale} ${entry}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}
