import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { builtPagesOf } from './built-pages';

/**
 * Sitemap serializer: each URL gets the alternates its page declares, so the sitemap and the
 * pages never disagree (slugs differ per language, so alternates cannot be guessed from paths).
 * Reads them from the scan of the built pages (built-pages.ts).
 */
export function sitemapAlternates(item: SitemapItem, distDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')): SitemapItem {
  const file = path.posix.join(decodeURI(new URL(item.url).pathname), 'index.html').replace(/^\//, '');
  const links = builtPagesOf(distDir).facts(file)?.alternates ?? [];
  return links.length > 1 ? { ...item, links } : item;
}
