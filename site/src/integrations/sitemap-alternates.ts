import type { SitemapItem } from '@astrojs/sitemap';
import { builtPagesOf } from './built-pages';

/** The built file of a page's URL, "lv/x/index.html"; undefined for a URL no file can have. */
function pageFile(url: string): string | undefined {
  try {
    return `${decodeURI(new URL(url).pathname).replace(/^\/+/, '')}index.html`;
  } catch {
    return undefined;
  }
}

/**
 * Sitemap serializer: each URL gets the alternates its page declares, so the sitemap and the
 * pages never disagree (slugs differ per language, so alternates cannot be guessed from paths).
 * Reads them from the scan of the built pages (built-pages.ts). @astrojs/sitemap writes no
 * sitemap at all when this throws, and the publisher's release checks refuse a release without one.
 */
export function sitemapAlternates(item: SitemapItem): SitemapItem {
  const file = pageFile(item.url);
  const links = (file && builtPagesOf().facts(file)?.alternates) || [];
  return links.length > 1 ? { ...item, links } : item;
}
