import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** What offline reading costs a reader of one locale, in bytes as stored on the device. */
export interface LocaleOfflineSize {
  /** Files the service worker precaches at install (the same for every locale). */
  precache: number;
  /** The locale's search bundle: the most that searches in that language can keep offline. */
  search: number;
  total: number;
}

export interface OfflineSize {
  /** The service worker registration script every content page loads, raw and gzip. */
  registrationScript: { src: string; raw: number; gzip: number };
  locales: Record<string, LocaleOfflineSize>;
}

/** A URL of the precache to its file: "/lv/offline/" is lv/offline/index.html. */
const fileOf = (dist: string, url: string) => path.join(dist, url.endsWith('/') ? `${url}index.html` : url);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/**
 * Measures a built site's offline support: the registration script a locale's home page loads
 * (found by its serviceWorker.register call) and, per locale, the precache listed in sw.js (Workbox
 * writes it as `{url:"…",revision:…}` entries) plus the locale's search bundle.
 */
export async function offlineSize(dist: string, locales: readonly string[]): Promise<OfflineSize> {
  const home = await readFile(path.join(dist, locales[0]!, 'index.html'), 'utf8');
  let registrationScript: OfflineSize['registrationScript'] | undefined;
  for (const [, src] of home.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const code = await readFile(path.join(dist, src!));
    if (code.includes('serviceWorker.register(')) registrationScript = { src: src!, raw: code.length, gzip: gzipSync(code).length };
  }
  if (!registrationScript) throw new Error(`no service worker registration script on /${locales[0]}/`);
  const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!))];
  if (urls.length === 0) throw new Error('sw.js lists no precached files');
  let precache = 0;
  for (const url of urls) precache += (await stat(fileOf(dist, url))).size;
  const sizes: Record<string, LocaleOfflineSize> = {};
  for (const locale of locales) {
    const search = await folderBytes(path.join(dist, 'pagefind', locale));
    sizes[locale] = { precache, search, total: precache + search };
  }
  return { registrationScript, locales: sizes };
}
