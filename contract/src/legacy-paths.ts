/**
 * Paths that moved, and where they are now. Until URLs were localized every locale used the
 * English names (/lv/services/…, /ru/search/); those paths redirect permanently to the
 * locale's own (/lv/pakalpojumi/…, /ru/poisk/), so links in e-mails, printed leaflets,
 * bookmarks and search engines keep working. The site writes the rules into its `_redirects`
 * (the format Netlify and Cloudflare Pages read; the project's static server reads it too),
 * and docs/deploy/legacy-redirects.conf holds the same rules for nginx.
 *
 * Renaming a section later: add its former name here, beside these.
 */
import { CONTENT_TYPES, type SectionKey } from './content-types.ts';
import { LOCALES, type Locale } from './locales.ts';
import { PAGE_SEGMENTS } from './page-segments.ts';

export interface MovedPath {
  /** A folder (it and everything under it moved: "/lv/services"), or one file's exact path. */
  from: string;
  to: string;
  match: 'prefix' | 'exact';
}

/** Former sections of the content types, the same in every locale. */
const FORMER_SECTIONS: Readonly<Partial<Record<SectionKey, string>>> = {
  services: 'services',
  events: 'events',
  resources: 'resources',
  meetings: 'dialogue',
  pages: 'info',
  categories: 'services/category',
  audiences: 'services/audience',
  topics: 'topics',
};

/** Every moved path, per locale, longest first: the first rule that matches a path applies. */
export function movedPaths(): MovedPath[] {
  return LOCALES.flatMap((locale) => {
    const moved: MovedPath[] = [];
    const add = (from: string, to: string, match: MovedPath['match'] = 'prefix') => {
      if (from !== to) moved.push({ from: `/${locale}/${from}`, to: `/${locale}/${to}`, match });
    };
    const section = (key: SectionKey) => CONTENT_TYPES[key].section[locale as Locale];
    for (const [key, former] of Object.entries(FORMER_SECTIONS) as [SectionKey, string][]) add(former, section(key));
    add('events/past', `${section('events')}/${PAGE_SEGMENTS.pastEvents[locale]}`);
    add('events.ics', `${section('events')}.ics`, 'exact');
    add('search', PAGE_SEGMENTS.search[locale]);
    add('offline', PAGE_SEGMENTS.offline[locale]);
    return moved.sort((a, b) => b.from.length - a.from.length);
  });
}

/** Where a request path is now (query strings are kept by the caller), or undefined. */
export function movedPathOf(pathname: string, moved: readonly MovedPath[] = movedPaths()): string | undefined {
  const rule = moved.find((m) => pathname === m.from || (m.match === 'prefix' && pathname.startsWith(`${m.from}/`)));
  return rule && rule.to + pathname.slice(rule.from.length);
}

/**
 * The rules as a `_redirects` file: "from to 301" per line; a folder's "/*" matches the folder
 * itself and everything under it, and ":splat" is what the "*" matched.
 */
export const redirectsFile = (moved: readonly MovedPath[] = movedPaths()): string =>
  moved.map((m) => (m.match === 'exact' ? `${m.from} ${m.to} 301` : `${m.from}/* ${m.to}/:splat 301`)).join('\n') + '\n';

/** The rules as nginx rewrites (a permanent rewrite keeps the query string). */
export const nginxRewrites = (moved: readonly MovedPath[] = movedPaths()): string =>
  moved
    .map(
      (m) => `rewrite ^${escapeRegex(m.from)}${m.match === 'exact' ? '$' : '(/.*)?$'} ${m.to}${m.match === 'exact' ? '' : '$1'} permanent;`,
    )
    .join('\n') + '\n';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
