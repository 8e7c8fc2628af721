import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { headersFor, parseHeadersFile, quoted } from '@integra/harness/static-headers';
import { redirectsFile } from '@integra/contract/legacy-paths';

export interface ReleaseLocale {
  code: string;
  htmlLang: string;
}

/**
 * The host configuration a release carries, read as the static host will read it, and what
 * each must hold: the pages' Content-Security-Policy, and every moved path's redirect.
 */
const HOST_FILES: [name: string, problemIn: (text: string, locales: ReleaseLocale[]) => string | undefined][] = [
  [
    '_headers',
    (text, locales) => {
      const home = `/${locales[0]?.code ?? ''}/`;
      const headers = headersFor(parseHeadersFile(text), home).map(([name]) => name.toLowerCase());
      return headers.includes('content-security-policy') ? undefined : `gives ${home} no Content-Security-Policy`;
    },
  ],
  ['_redirects', (text) => (text === redirectsFile() ? undefined : 'differs from the moved paths of @integra/contract/legacy-paths')],
];

/** The sitemap's index, which robots.txt names. */
const SITEMAP = 'sitemap-index.xml';

/**
 * What a release must have before it may go live: every locale's home page, a search bundle
 * (pagefind/<locale>/, site/src/search/bundle-path.ts) with pages for every locale, the sitemap, and its
 * host configuration (`_headers`, `_redirects`) as the static host will read it: without
 * one, pages would go out without their security headers or moved paths without redirects,
 * and a malformed one would make the static server fail every request.
 * Returns the problems found (empty when fine).
 */
export async function checkRelease(dir: string, locales: ReleaseLocale[]): Promise<string[]> {
  const problems: string[] = [];
  /** A problem with a file the release must have, or undefined when it is there. */
  const fileProblem = async (file: string, whyMissing = '') => {
    const stats = await stat(path.join(dir, file)).catch(() => undefined);
    if (!stats) return `/${file} is missing${whyMissing}`;
    return stats.isFile() ? undefined : `/${file} is not a file`;
  };
  for (const { code } of locales) {
    const problem = await fileProblem(`${code}/index.html`);
    if (problem) problems.push(problem);
  }
  for (const { code, htmlLang } of locales) {
    const entryFile = `pagefind/${code}/pagefind-entry.json`;
    try {
      const entry = JSON.parse(await readFile(path.join(dir, entryFile), 'utf8')) as {
        languages?: Record<string, { page_count?: number }>;
      };
      if (!entry.languages?.[htmlLang]?.page_count) problems.push(`the search index has no pages in "${htmlLang}" (${entryFile})`);
    } catch {
      problems.push(`the search index ${entryFile} is missing or unreadable`);
    }
  }
  // @astrojs/sitemap logs its own failure and leaves the build green without a sitemap.
  const sitemapProblem = await fileProblem(SITEMAP, ' (the build log says why the sitemap was not written)');
  if (sitemapProblem) problems.push(sitemapProblem);
  else problems.push(...(await listedSitemapProblems(dir, fileProblem)));
  for (const [name, problemIn] of HOST_FILES) {
    try {
      const problem = problemIn(await readFile(path.join(dir, name), 'utf8'), locales);
      if (problem) problems.push(`/${name} ${problem}`);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push(missing ? `/${name} is missing` : `/${name} is malformed: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** At most this many sitemaps are looked for: @astrojs/sitemap writes one per 45,000 pages. */
const MAX_LISTED_SITEMAPS = 1000;
/** A larger sitemap index is not read: 1,000 entries take under 100 kB. */
const MAX_SITEMAP_INDEX_BYTES = 1024 * 1024;

/**
 * The sitemaps the index lists must be whole files of the release: a search engine reads the
 * index, then each of them. A file cut short (a full disk while the sitemap step wrote it,
 * which leaves the build green) lacks its closing tag. Returns the problems found.
 */
async function listedSitemapProblems(dir: string, fileProblem: (file: string, whyMissing?: string) => Promise<string | undefined>) {
  let index: string;
  try {
    const { size } = await stat(path.join(dir, SITEMAP));
    if (size > MAX_SITEMAP_INDEX_BYTES) return [`/${SITEMAP} is ${size} bytes, more than a sitemap index has`];
    index = await readFile(path.join(dir, SITEMAP), 'utf8');
  } catch (error) {
    return [`/${SITEMAP} is unreadable: ${(error as Error).message}`];
  }
  if (!/<\/sitemapindex>\s*$/.test(index)) return [`/${SITEMAP} is cut short: it does not end with </sitemapindex>`];
  const listed = Array.from(index.matchAll(/<loc>([^<]*)<\/loc>/g), (match) => match[1]!.trim().replaceAll('&amp;', '&'));
  if (!listed.length) return [`/${SITEMAP} lists no sitemap`];
  const problems: string[] = [];
  for (const location of listed.slice(0, MAX_LISTED_SITEMAPS)) {
    const file = releaseFileOf(location);
    const problem = file
      ? ((await fileProblem(file, ` (listed in /${SITEMAP})`)) ??
        (await cutShort(path.join(dir, file), /<\/urlset>\s*$|<urlset\/>\s*$/, file)))
      : `/${SITEMAP} lists "${quoted(location)}", not a file of the site`;
    if (problem) problems.push(problem);
  }
  return problems;
}

/** A problem when the file's last bytes do not match `end` (a file cut short), else undefined. */
async function cutShort(file: string, end: RegExp, name: string): Promise<string | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const tail = Buffer.alloc(Math.min(size, 64));
      await handle.read(tail, 0, tail.length, size - tail.length);
      return end.test(tail.toString('utf8')) ? undefined : `/${name} is cut short: it does not end as a sitemap does`;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return `/${name} is unreadable: ${(error as Error).message}`;
  }
}

/** The release file an address of the site names ("https://x.lv/sitemap-0.xml" → "sitemap-0.xml"), if any. */
function releaseFileOf(location: string): string | undefined {
  const url = URL.parse(location);
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return undefined;
  try {
    const file = path.posix.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    // Longer than any path a file system takes: named in a short line instead.
    return file && file.length <= 1024 && !file.startsWith('..') && !file.includes('\0') ? file : undefined;
  } catch {
    return undefined; // a malformed escape
  }
}
