/**
 * URLs of the site. Every page lives under its locale (/lv/, /en/, …) and ends with a slash;
 * section names are the same in every language, slugs are each translation's own.
 * Pure functions: unit-tested, used by pages, the sitemap and feeds alike.
 */
export function localizedUrl(locale: string, ...segments: string[]): string {
  const path = segments
    .filter((s) => s !== '')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return path ? `/${locale}/${path}/` : `/${locale}/`;
}

export const paths = {
  home: (l: string) => localizedUrl(l),
  services: (l: string) => localizedUrl(l, 'services'),
  service: (l: string, slug: string) => localizedUrl(l, 'services', slug),
  category: (l: string, slug: string) => localizedUrl(l, 'services', 'category', slug),
  audience: (l: string, slug: string) => localizedUrl(l, 'services', 'audience', slug),
  events: (l: string) => localizedUrl(l, 'events'),
  pastEvents: (l: string) => localizedUrl(l, 'events', 'past'),
  event: (l: string, slug: string) => localizedUrl(l, 'events', slug),
  eventIcs: (l: string, slug: string) => `/${l}/events/${encodeURIComponent(slug)}.ics`,
  eventsCalendar: (l: string) => `/${l}/events.ics`,
  resources: (l: string) => localizedUrl(l, 'resources'),
  resource: (l: string, slug: string) => localizedUrl(l, 'resources', slug),
  dialogue: (l: string) => localizedUrl(l, 'dialogue'),
  meeting: (l: string, slug: string) => localizedUrl(l, 'dialogue', slug),
  topic: (l: string, slug: string) => localizedUrl(l, 'topics', slug),
  topicRss: (l: string, slug: string) => `/${l}/topics/${encodeURIComponent(slug)}/rss.xml`,
  topicCalendar: (l: string, slug: string) => `/${l}/topics/${encodeURIComponent(slug)}/events.ics`,
  page: (l: string, slug: string) => localizedUrl(l, 'info', slug),
  search: (l: string) => localizedUrl(l, 'search'),
  rss: (l: string) => `/${l}/rss.xml`,
  offline: (l: string) => localizedUrl(l, 'offline'),
  manifest: (l: string) => `/${l}/manifest.webmanifest`,
} as const;

/** Which locale a site path belongs to, e.g. "/ru/events/" → "ru"; undefined outside locales. */
export function localeOfPath(pathname: string, locales: readonly string[]): string | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return first && locales.includes(first) ? first : undefined;
}

/** Absolute URL on the public site. */
export const absoluteUrl = (site: URL | string | undefined, path: string) => new URL(path, site ?? 'http://localhost:4321').href;
