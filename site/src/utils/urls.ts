/**
 * URLs of the site. Every page lives under its locale (/lv/, /en/, …) and ends with a slash;
 * a content type's pages live under its section for that locale (the registry's `section`:
 * /lv/pakalpojumi/, /en/services/), the site's own pages under their segment (PAGE_SEGMENTS:
 * /lv/meklet/), slugs are each translation's own.
 * Pure functions: unit-tested, used by pages, the sitemap and feeds alike.
 */
import { CONTENT_TYPES, type SectionKey } from '@integra/contract/content-types';
import { localeInfo, type Locale } from '@integra/contract/locales';
import { PAGE_SEGMENTS, type PageSegmentKey } from '@integra/contract/page-segments';

export function localizedUrl(locale: string, ...segments: string[]): string {
  const path = segments
    .filter((s) => s !== '')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return path ? `/${locale}/${path}/` : `/${locale}/`;
}

/** A type's section in a locale, e.g. "pakalpojumi/kategorija". */
export const sectionOf = (type: SectionKey, locale: string): string => CONTENT_TYPES[type].section[localeInfo(locale).code as Locale];

/** The path segments of a type's section in a locale, e.g. ["pakalpojumi", "kategorija"]. */
export const sectionSegments = (type: SectionKey, locale: string): string[] => sectionOf(type, locale).split('/');

/** The URL segment of one of the site's own pages in a locale, e.g. "meklet". */
export const pageSegment = (page: PageSegmentKey, locale: string): string => PAGE_SEGMENTS[page][localeInfo(locale).code as Locale];

/** A URL under a type's section: its index, or a page or file in it. */
const inSection = (type: SectionKey, l: string, ...segments: string[]) => localizedUrl(l, ...sectionSegments(type, l), ...segments);
/** A section's path without the trailing slash, for files: /lv/pasakumi + .ics or /<slug>.ics. */
const sectionPath = (type: SectionKey, l: string) => `/${l}/${sectionSegments(type, l).join('/')}`;

export const paths = {
  home: (l: string) => localizedUrl(l),
  services: (l: string) => inSection('services', l),
  service: (l: string, slug: string) => inSection('services', l, slug),
  category: (l: string, slug: string) => inSection('categories', l, slug),
  audience: (l: string, slug: string) => inSection('audiences', l, slug),
  events: (l: string) => inSection('events', l),
  pastEvents: (l: string) => inSection('events', l, pageSegment('pastEvents', l)),
  event: (l: string, slug: string) => inSection('events', l, slug),
  eventIcs: (l: string, slug: string) => `${sectionPath('events', l)}/${encodeURIComponent(slug)}.ics`,
  eventsCalendar: (l: string) => `${sectionPath('events', l)}.ics`,
  resources: (l: string) => inSection('resources', l),
  resource: (l: string, slug: string) => inSection('resources', l, slug),
  dialogue: (l: string) => inSection('meetings', l),
  meeting: (l: string, slug: string) => inSection('meetings', l, slug),
  topic: (l: string, slug: string) => inSection('topics', l, slug),
  topicRss: (l: string, slug: string) => `${sectionPath('topics', l)}/${encodeURIComponent(slug)}/rss.xml`,
  topicCalendar: (l: string, slug: string) => `${sectionPath('topics', l)}/${encodeURIComponent(slug)}/events.ics`,
  page: (l: string, slug: string) => inSection('pages', l, slug),
  search: (l: string) => localizedUrl(l, pageSegment('search', l)),
  rss: (l: string) => `/${l}/rss.xml`,
  offline: (l: string) => localizedUrl(l, pageSegment('offline', l)),
  manifest: (l: string) => `/${l}/manifest.webmanifest`,
} as const;
