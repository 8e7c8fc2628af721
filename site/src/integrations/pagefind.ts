import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { bundleCache, findSearchBundles, linkFile, writeBundleFiles, type SearchBundle } from './search-bundles';
import { SEARCH_ROOT } from '../search/bundle-path';
import { builtPagesOf } from './built-pages';

/** Pagefind's UI files, served once at /pagefind/ for every search page. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/**
 * Indexes the built site with Pagefind's Node API: one bundle per locale
 * (src/search/bundle-path.ts), each re-indexed only when its pages changed and otherwise linked
 * from the bundles kept in Astro's cacheDir (search-bundles.ts). Fails the build on any
 * indexer error. Pages opt in with data-pagefind-body.
 *
 * Two steps of the build, listed apart in astro.config.ts: the first starts the indexing as soon
 * as the built pages are scanned, and returns once Pagefind has been given its work; the second
 * waits for it. Pagefind indexes in a process of its own, so the steps listed between them
 * (the content store's write, uploaded files, sitemap) run meanwhile on the other core.
 */
export function pagefind(): { start: AstroIntegration; finish: AstroIntegration } {
  let cacheDir = '';
  let indexing: Promise<string> | undefined;
  return {
    start: {
      name: 'integra:pagefind',
      hooks: {
        'astro:config:done': ({ config }) => {
          cacheDir = path.join(fileURLToPath(config.cacheDir), 'pagefind');
        },
        'astro:build:done': async ({ dir, logger }) => {
          ({ finished: indexing } = await startIndexing(fileURLToPath(dir), cacheDir, logger));
        },
      },
    },
    finish: {
      name: 'integra:pagefind-finish',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!indexing) throw new Error('the search index was never started: list pagefind().start before pagefind().finish');
          logger.info(await indexing);
        },
      },
    },
  };
}

/**
 * Hands Pagefind the pages of every stale bundle of the site in `site`, then returns the rest
 * of the work as a promise (`finished`): each bundle indexed and kept, the unchanged ones
 * linked from the cache. It resolves to the line that says what was done.
 */
async function startIndexing(site: string, cacheDir: string, logger: AstroIntegrationLogger): Promise<{ finished: Promise<string> }> {
  const started = Date.now();
  // A folder kept from an earlier build into the same outDir may hold bundles since changed.
  await rm(path.join(site, SEARCH_ROOT), { recursive: true, force: true });
  const bundles = await findSearchBundles(site, builtPagesOf(site));
  const cache = bundleCache(cacheDir);
  const fresh = await Promise.all(bundles.map((bundle) => cache.isFresh(bundle)));
  const stale = bundles.filter((_, i) => !fresh[i]);
  logger.info(`indexing ${stale.length} of ${bundles.length} search bundles (the others are unchanged)…`);
  let reading: { bundle: SearchBundle; index: pagefindApi.PagefindIndex; added: ReturnType<pagefindApi.PagefindIndex['addDirectory']> }[];
  try {
    // One Pagefind process reads them side by side.
    reading = await Promise.all(
      stale.map(async (bundle) => {
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        return { bundle, index, added: index.addDirectory({ path: site, glob: `${bundle.pages}/**/*.html` }) };
      }),
    );
  } catch (error) {
    await pagefindApi.close();
    throw error;
  }
  const finished = (async () => {
    // Pagefind works in its own process: meanwhile this one links the unchanged bundles into the
    // site and removes what the cache no longer needs.
    const indexed = (async () => {
      try {
        await Promise.all(
          reading.map(async ({ bundle, index, added }) => {
            await finishBundle(site, bundle, index, await added, cache.previous(bundle));
            await cache.store(bundle, path.join(site, bundle.path));
          }),
        );
      } finally {
        if (reading.length) await pagefindApi.close();
      }
    })();
    const restored = (async () => {
      for (const bundle of bundles.filter((_, i) => fresh[i]))
        if (!(await cache.restore(bundle, path.join(site, bundle.path))))
          throw new Error(`the cached search bundle ${bundle.path} changed during the build`);
      await cache.prune(bundles, stale);
    })();
    // Both settle before a failure is reported: nothing writes into the site afterwards.
    const results = await Promise.allSettled([indexed, restored]);
    for (const result of results) if (result.status === 'rejected') throw result.reason;
    for (const file of bundles[0] ? UI_FILES : [])
      await linkFile(path.join(site, bundles[0]!.path, file), path.join(site, SEARCH_ROOT, file));
    const pages = bundles.reduce((n, b) => n + b.pageCount, 0);
    return `indexed ${pages} pages in ${Date.now() - started} ms (${stale.length} of ${bundles.length} bundles re-indexed)`;
  })();
  // Awaited by the finishing step; a failure before then must not count as unhandled.
  finished.catch(() => {});
  return { finished };
}

/** Makes a bundle from the pages Pagefind read (`added`) and writes it into the site. */
async function finishBundle(
  site: string,
  bundle: SearchBundle,
  index: pagefindApi.PagefindIndex,
  added: Awaited<ReturnType<pagefindApi.PagefindIndex['addDirectory']>>,
  previous: string,
): Promise<void> {
  if (added.errors.length) throw new Error(`Pagefind could not index ${bundle.path}: ${added.errors.join('; ')}`);
  // In memory, so that only the files that changed since the bundle's last version are written.
  const made = await index.getFiles();
  if (made.errors.length) throw new Error(`Pagefind could not make ${bundle.path}: ${made.errors.join('; ')}`);
  await index.deleteIndex();
  await writeBundleFiles(made.files, path.join(site, bundle.path), previous);
  // Pages without data-pagefind-body (the section's list pages) are read but left out.
  const entry = JSON.parse(await readFile(path.join(site, bundle.path, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  if (indexed !== bundle.pageCount) throw new Error(`Pagefind indexed ${indexed} pages for ${bundle.path}, expected ${bundle.pageCount}`);
}
