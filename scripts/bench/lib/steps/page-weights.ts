import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '@integra/contract/locales';
import { offlineSize, type OfflineSize } from '../offline-size.ts';
import { pageWeight, type PageWeight } from '../page-weight.ts';

/** A page of a section in the built site: its index page's first document, e.g. `lv/services/<slug>/`. */
export const samplePage = (dist: string, section: string) => `lv/${section}/${firstSlug(dist, section)}/`;

function firstSlug(dist: string, section: string): string {
  // The first document link of a section's index page.
  const html = readFileSync(path.join(dist, 'lv', section, 'index.html'), 'utf8');
  return (
    new RegExp(`href="/lv/${section}/([^/"]+)/"`).exec(html.replace(/href="\/lv\/[a-z]+\/(category|audience|past)\/[^"]*"/g, ''))?.[1] ?? ''
  );
}

/**
 * Page weight of the home page, one page of each type and the search page; and what offline
 * reading costs (the registration script, what a reader keeps per locale).
 */
export async function pageWeights(dist: string): Promise<{ pageWeight: PageWeight[]; offline: OfflineSize }> {
  const pick = (section: string) => samplePage(dist, section);
  const weights = await Promise.all(
    ['lv/', pick('services'), pick('events'), pick('resources'), pick('dialogue'), 'lv/search/'].map((p) => pageWeight(dist, p)),
  );
  const offline = await offlineSize(dist, LOCALES);
  return { pageWeight: weights, offline };
}
