import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { paths } from '@integra/site/urls';

export interface QueryCost {
  query: string;
  /** Bytes of search files fetched for this query, as gzip where that is smaller. */
  bytes: number;
  /** From typing the query to the first result on screen. */
  msToFirstResult: number;
}

export interface SearchCost {
  locale: string;
  /** Bytes the search page loads before any query (Pagefind UI, its CSS, the language entry). */
  pageBytes: number;
  first: QueryCost;
  second: QueryCost;
}

async function servedBytes(dist: string, urls: string[]): Promise<number> {
  let total = 0;
  for (const url of new Set(urls)) {
    const pathname = decodeURIComponent(new URL(url).pathname);
    const file = path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const bytes = await readFile(file);
      total += Math.min(bytes.length, gzipSync(bytes).length);
    } catch {
      // not a file of the site (a redirect, an error page)
    }
  }
  return total;
}

/**
 * What searching costs a reader: the bytes fetched and the time to the first result, for a
 * first query and a second one, in a fresh browser context (empty cache) on the search page.
 */
export async function searchCost(
  browser: Browser,
  origin: string,
  dist: string,
  locale: string,
  queries: [string, string],
): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let urls: string[] = [];
  page.on('response', (r) => urls.push(r.url()));
  await page.goto(`${origin}${paths.search(locale)}`, { waitUntil: 'networkidle' });
  const pageBytes = await servedBytes(
    dist,
    urls.filter((u) => u.includes('/pagefind/')),
  );
  const run = async (query: string): Promise<QueryCost> => {
    urls = [];
    await page.fill('#search-input', '');
    const started = Date.now();
    await page.fill('#search-input', query);
    await page.waitForFunction(
      (q) =>
        (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q) &&
        !!document.querySelector('.pagefind-ui__result'),
      query,
      { timeout: 30_000 },
    );
    const msToFirstResult = Date.now() - started;
    await page.waitForLoadState('networkidle');
    return { query, bytes: await servedBytes(dist, urls), msToFirstResult };
  };
  const first = await run(queries[0]);
  const second = await run(queries[1]);
  await context.close();
  return { locale, pageBytes, first, second };
}
