import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

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

/**
 * Sitemap serializer: each URL gets the alternates its page declares, so the sitemap and the
 * pages never disagree (slugs differ per language, so alternates cannot be guessed from paths).
 * Reads the built HTML from dist/.
 */
export function sitemapAlternates(item: SitemapItem, distDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist')): SitemapItem {
  const file = path.join(distDir, new URL(item.url).pathname, 'index.html');
  try {
    const links = alternatesFromHtml(readFileSync(file, 'utf8'));
    return links.length > 1 ? { ...item, links } : item;
  } catch {
    return item;
  }
}
