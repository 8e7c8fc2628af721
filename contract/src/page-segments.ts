/**
 * The URL segments of the site's own pages, the ones that are not a content type's (those have
 * their section in content-types.ts), per locale: /lv/meklet/, /en/search/. Like sections, they
 * are words of the locale's language in plain ASCII; docs/site.md lists them.
 */
import type { PerLocale } from './locales.ts';

export const PAGE_SEGMENTS = {
  search: { lv: 'meklet', en: 'search', ru: 'poisk', uk: 'poshuk' },
  /** What the reader saved for offline reading, and the page shown offline for one not saved. */
  offline: { lv: 'bezsaiste', en: 'offline', ru: 'oflain', uk: 'oflain' },
  /** Under the events section: /lv/pasakumi/pagajusie/. */
  pastEvents: { lv: 'pagajusie', en: 'past', ru: 'proshedshie', uk: 'mynuli' },
} as const satisfies Record<string, PerLocale<string>>;

export type PageSegmentKey = keyof typeof PAGE_SEGMENTS;
