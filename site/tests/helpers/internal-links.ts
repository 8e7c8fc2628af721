import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The HTML files of a built site, relative to it. */
const htmlFiles = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/**
 * Links and sources in the built pages that point into the site (href="/…", src="/…") and
 * lead to no file: each with the pages that have it. A page path ("/lv/x/") needs its
 * index.html.
 */
export function brokenInternalLinks(dist: string): Map<string, string[]> {
  const broken = new Map<string, string[]>();
  for (const page of htmlFiles(dist)) {
    for (const [, target] of readFileSync(path.join(dist, page), 'utf8').matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
      let file: string;
      try {
        file = decodeURIComponent(target!);
      } catch {
        file = target!;
      }
      if (existsSync(path.join(dist, file, file.endsWith('/') ? 'index.html' : ''))) continue;
      broken.set(target!, [...(broken.get(target!) ?? []), page]);
    }
  }
  return broken;
}
