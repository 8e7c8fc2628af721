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
 * (`<cacheDir>/dist/<file>`, replaced only when Astro renders the page), so while the copy's
 * inode, size and modification time are those recorded at the last scan, the page's facts are the ones
 * recorded then. Pages without such a copy (no cache key), pages Astro's manifest of the build
 * does not list, pages whose size differs from their copy's, and builds that are not
 * incremental (Astro's copies are then not kept up to date) are read. The same bytes are what
 * is assumed, not proved: something other than Astro writing a page of the same size into the
 * output folder would go unseen; nothing does (the publisher builds into an emptied folder).
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

/** Bumped when what facts hold changes shape: older records are then read again. */
const SCAN_FORMAT = 2;

/**
 * The text of the code that makes facts (this module and searchable-region.ts): records made
 * by other code are read again, so a changed rule never leaves facts of the old one on pages
 * Astro reuses (Astro renders again only for its own reasons: config, lockfile, page code).
 */
const scanCode = () =>
  createHash('sha256')
    .update(['./built-pages.ts', './searchable-region.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\0'))
    .digest('hex')
    .slice(0, 16);

/** Astro's incremental-build manifest in its cacheDir (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';

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
  // The page must be that copy: Astro links it (patches/astro@*.patch), or copies it where it
  // cannot, and a size that differs means it is not.
  if (statSync(page, { bigint: true, throwIfNoEntry: false })?.size !== stats.size) return undefined;
  // Not the change time: each build's link to the copy changes it. Astro replaces a copy it
  // renders again (a new inode), never writes it in place.
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

/**
 * The files whose cached copies Astro's manifest of this build vouches for: the pages it
 * rendered or reused with a cache key. A copy it could not prune (a page that lost its key)
 * is not among them, so it is never taken for the page.
 */
function vouchedFiles(astroCacheDir: string): Set<string> {
  const files = new Set<string>();
  try {
    const manifest = JSON.parse(readFileSync(path.join(astroCacheDir, ASTRO_MANIFEST), 'utf8')) as {
      routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
    };
    for (const route of Object.values(manifest.routes ?? {}))
      for (const { outputFile } of Object.values(route.paths ?? {})) {
        if (typeof outputFile !== 'string') continue;
        try {
          files.add(decodeURI(outputFile)); // Astro records it as a URL path
        } catch {
          // not a path Astro writes: its page is read
        }
      }
  } catch {
    // no manifest (the first incremental build, or a reset): every page is read
  }
  return files;
}

type Records = Record<string, { signature: string; facts: PageFacts }>;

const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isFacts = (value: unknown): value is PageFacts => {
  const facts = value as PageFacts | undefined;
  return (
    typeof facts === 'object' &&
    facts !== null &&
    isStringList(facts.media) &&
    (facts.search === null || typeof facts.search === 'string') &&
    Array.isArray(facts.alternates) &&
    facts.alternates.every((link) => typeof link?.lang === 'string' && typeof link?.url === 'string')
  );
};

async function readRecords(file: string, code: string): Promise<Records> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: number; code?: string; pages?: Records };
    if (parsed.format !== SCAN_FORMAT || parsed.code !== code || !parsed.pages || typeof parsed.pages !== 'object') return {};
    return parsed.pages;
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
  const code = scanCode();
  const previous = incremental ? await readRecords(incremental.recordsFile, code) : {};
  const vouched = incremental ? vouchedFiles(incremental.astroCacheDir) : new Set<string>();
  const next: Records = {};
  const facts = new Map<string, PageFacts>();
  let read = 0;
  // Tens of thousands of small files: synchronous reads one after another cost a fraction of the
  // thread-pool round trips (open, stat, read, close) of async ones.
  for (const file of files) {
    const page = path.join(siteDir, file);
    const signature =
      incremental && vouched.has(file) ? copySignature(path.join(incremental.astroCacheDir, 'dist', file), page) : undefined;
    const known = signature ? previous[file] : undefined;
    let pageFactsOf: PageFacts;
    if (known && known.signature === signature && isFacts(known.facts)) {
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
    // One build at a time uses a cacheDir: a leftover of a killed one is simply overwritten.
    const partial = `${incremental.recordsFile}.partial`;
    await writeFile(partial, JSON.stringify({ format: SCAN_FORMAT, code, pages: next }));
    await rename(partial, incremental.recordsFile);
  }
  return { files, facts: (file) => facts.get(file), read };
}

let lastScan: { siteDir: string; pages: BuiltPages } | undefined;

/**
 * The scan of the site being built (in `siteDir`, when given), made by the builtPages
 * integration at the start of astro:build:done. Integrations listed after it read it; before
 * the scan there is none.
 */
export function builtPagesOf(siteDir?: string): BuiltPages {
  if (!lastScan || (siteDir !== undefined && path.resolve(lastScan.siteDir) !== path.resolve(siteDir)))
    throw new Error(
      `no scan of the built pages of ${siteDir ?? 'this build'}: list the builtPages integration before the others in astro.config.ts`,
    );
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
        // Astro keeps a page already in an output folder that is not emptied, without copying
        // it from its cache: the page is then not known to be the cached copy.
        incremental = config.experimental.incrementalBuild === true && config.vite?.build?.emptyOutDir !== false;
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
