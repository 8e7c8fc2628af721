/**
 * Search is split into one Pagefind bundle per locale (/pagefind/lv/, /pagefind/en/, …), so a
 * publish re-indexes only the languages whose pages changed (src/integrations/pagefind.ts), and
 * a reader's search loads what it loaded before the split: its own language's index.
 * (Pagefind splits a bundle by language anyway; a bundle per section as well would cost a first
 * search about 1.7 times the bytes, one index chunk per section and word: docs/performance.md.)
 * This is the one rule that names a page's bundle; the indexer and the search page both use it.
 */

/** Where search bundles live in the built site. */
export const SEARCH_ROOT = '/pagefind/';

/** The bundle of a locale's pages: "/pagefind/lv/". */
export const bundleOfLocale = (locale: string) => `${SEARCH_ROOT}${locale}/`;

/**
 * The bundle of a page, by its site path ("/lv/pakalpojumi/x/" or "lv/pakalpojumi/x/index.html"):
 * "/pagefind/lv/". Undefined for a path outside a locale's folders (/404.html, /index.html).
 */
export function bundleOfPage(pagePath: string): string | undefined {
  const [locale, ...rest] = pagePath.split('/').filter(Boolean);
  return locale && rest.length > 0 ? bundleOfLocale(locale) : undefined;
}
