import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '@integra/contract/locales';
import type { SectionKey } from '@integra/contract/content-types';
import { localizedUrl, paths, sectionSegments } from '@integra/site/urls';
import { offlineSize, type OfflineSize } from '../offline-size.ts';
import { pageWeight, type PageWeight } from '../page-weight.ts';

/**
 * A document page of a type in the built site: the first its Latvian index page links to, e.g.
 * `lv/pakalpojumi/<slug>/` (one segment under the section: not a category's or an audience's
 * page, not past events).
 */
export function samplePage(dist: string, type: SectionKey): string {
  const index = localizedUrl('lv', ...sectionSegments(type, 'lv'));
  const html = readFileSync(path.join(dist, index, 'index.html'), 'utf8');
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  const page = links.find(
    (href) => href.startsWith(index) && /^[^/]+\/$/.test(href.slice(index.length)) && href !== paths.pastEvents('lv'),
  );
  return (page ?? index).slice(1);
}

/**
 * Page weight of the home page, one page of each type and the search page; and what offline
 * reading costs (the registration script, what a reader keeps per locale).
 */
export async function pageWeights(dist: string): Promise<{ pageWeight: PageWeight[]; offline: OfflineSize }> {
  const pick = (type: SectionKey) => samplePage(dist, type);
  const weights = await Promise.all(
    ['lv/', pick('services'), pick('events'), pick('resources'), pick('meetings'), paths.search('lv').slice(1)].map((p) =>
      pageWeight(dist, p),
    ),
  );
  const offline = await offlineSize(dist, LOCALES);
  return { pageWeight: weights, offline };
}
