import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { searchableRegion } from './searchable-region';

/**
 * One reading of a built site's pages for the steps that follow Astro's (uploaded files of
 * reused pages, the sitemap's language links, the search bundles' fingerprints), instead of
 * one reading each; and in an incremental build, only of the pages Astro rendered.
 *
 * A page Astro copied from its incremental cache is byte for byte that cached copy
 * (`<cacheDir>/dist/<file>`, written only when Astro renders the page), so while the copy's
 * inode, size and times are those recorded at the last scan, the page's facts are the ones
 * recorded then. Pages without such a copy (no cache key) and builds that are not incremental
 * (Astro's copies are then not kept up to date) are read.
 */

export interface PageFacts {
  /** hreflang alternates the page declares (<link rel="alternate" hreflang>). */
  alternates: { lang: string; url: string }[];
  /** Names of the uploaded files it links to under /media/. */
  media: string[];
  /** A digest of what search reads of it, or null when it is not in search (no data-pagefind-body). */
  search: string | null;
}

export interface BuiltPages {
  /** The site's .html and .xml files, as sorted paths relative to its folder ("lv/x/index.html"). */
  files: string[];
  facts: (file: string) => PageFacts | undefined;
  /** How many files were read; the others' facts came from the last scan. */
  read: number;
}

/** Bumped when what facts hold or how they are read changes: older records are then read again. */
const SCAN_FORMAT = 1;

const MEDIA_LINK = /\/media\/([A-Za-z0-9_-][A-Za-z0-9_.-]*)/g;
const MEDIA_MARKER = Buffer.from('/media/');
const SEARCH_MARKER = Buffer.from('data-pagefind-body');

/** hreflang alternates declared by a page's <link rel="alternate" hreflang> tags. */
export function alternatesFromHtml(html: string): { lang: string; url: string }[] {
  const links: { lang: string; url: string }[] = [];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/rel="alternate"/.test(tag)) continue;
    const lang = tag.match(/hreflang="([^"]+)"/)?.[1];
    const url = tag.match(/href="([^"]+)"/)?.[1];
    if (lang && url) links.push({ lang, url: url.replace(/&amp;/g, '&') });
  }
  return links;
}

/** The facts of one page's bytes. */
export function pageFacts(bytes: Buffer): PageFacts {
  const html = bytes.toString('utf8');
  const media = bytes.includes(MEDIA_MARKER) ? [...new Set(Array.from(html.matchAll(MEDIA_LINK), (m) => m[1]!))] : [];
  // Pagefind indexes only pages marked data-pagefind-body once any page has it; only what can
  // reach the index is hashed, the whole page where that cannot be read (searchable-region.ts).
  const search = bytes.includes(SEARCH_MARKER)
    ? createHash('sha256')
        .update(searchableRegion(html) ?? bytes)
        .digest('hex')
    : null;
  return { alternates: alternatesFromHtml(html), media, search };
}

/** What identifies one state of Astro's cached copy of a page, or undefined when there is none. */
function copySignature(copy: string, page: string): string | undefined {
  const stats = statSync(copy, { bigint: true, throwIfNoEntry: false });
  if (!stats?.isFile()) return undefined;
  // The page must be that copy; a size that differs means it is not.
  if (statSync(page, { bigint: true, throwIfNoEntry: false })?.size !== stats.size) return undefined;
  return `${SCAN_FORMAT}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

type Records = Record<string, { signature: string; facts: PageFacts }>;

async function readRecords(file: string): Promise<Records> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: number; pages?: Records };
    return parsed.format === SCAN_FORMAT && parsed.pages && typeof parsed.pages === 'object' ? parsed.pages : {};
  } catch {
    return {}; // none yet, or cut short: every page is read
  }
}

/**
 * Scans the site built in `siteDir`. With `incremental` (Astro's cacheDir and a file for the
 * records), pages whose cached copy is unchanged since the last scan are not read.
 */
export async function scanBuiltPages(siteDir: string, incremental?: { astroCacheDir: string; recordsFile: string }): Promise<BuiltPages> {
  // Synchronously: a page is a folder of its own, and an async walk pays a thread-pool round
  // trip for each of tens of thousands of folders.
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(html|xml)$/.test(file))
    .sort();
  const previous = incremental ? await readRecords(incremental.recordsFile) : {};
  const next: Records = {};
  const facts = new Map<string, PageFacts>();
  let read = 0;
  // Tens of thousands of small files: synchronous reads one after another cost a fraction of the
  // thread-pool round trips (open, stat, read, close) of async ones.
  for (const file of files) {
    const page = path.join(siteDir, file);
    const signature = incremental && copySignature(path.join(incremental.astroCacheDir, 'dist', file), page);
    const known = signature ? previous[file] : undefined;
    let pageFactsOf: PageFacts;
    if (known && known.signature === signature) {
      pageFactsOf = known.facts;
    } else {
      pageFactsOf = pageFacts(readFileSync(page));
      read += 1;
    }
    facts.set(file, pageFactsOf);
    if (signature) next[file] = { signature, facts: pageFactsOf };
  }
  if (incremental) {
    await mkdir(path.dirname(incremental.recordsFile), { recursive: true });
    const partial = `${incremental.recordsFile}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify({ format: SCAN_FORMAT, pages: next }));
    await rename(partial, incremental.recordsFile);
  }
  return { files, facts: (file) => facts.get(file), read };
}

let lastScan: { siteDir: string; pages: BuiltPages } | undefined;

/**
 * The scan of the site being built, made by the builtPages integration at the start of
 * astro:build:done. Integrations listed after it read it; before the scan there is none.
 */
export function builtPagesOf(siteDir: string): BuiltPages {
  if (!lastScan || path.resolve(lastScan.siteDir) !== path.resolve(siteDir))
    throw new Error(`no scan of the built pages of ${siteDir}: list the builtPages integration first in astro.config.ts`);
  return lastScan.pages;
}

/** Scans the built pages once, before the integrations after it read them (see scanBuiltPages). */
export function builtPages(): AstroIntegration {
  let astroCacheDir = '';
  let incremental = false;
  return {
    name: 'integra:built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        astroCacheDir = fileURLToPath(config.cacheDir);
        incremental = config.experimental.incrementalBuild === true;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const siteDir = fileURLToPath(dir);
        lastScan = undefined;
        const pages = await scanBuiltPages(
          siteDir,
          incremental ? { astroCacheDir, recordsFile: path.join(astroCacheDir, 'integra-built-pages.json') } : undefined,
        );
        lastScan = { siteDir, pages };
        logger.info(
          `read ${pages.read} of ${pages.files.length} built pages in ${Date.now() - started} ms (the others are unchanged copies)`,
        );
      },
    },
  };
}
