import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { documentsFor, siteSettings } from '../../lib/content';
import { localePaths } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { paths } from '../../utils/urls';

export function getStaticPaths() {
  return localePaths();
}

/** Events and Dialogue meetings in the reader's language, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale!;
  const t = useTranslations(locale);
  const settings = await siteSettings(locale);
  const events = (await documentsFor('events', locale)).map(({ entry }) => ({ entry, link: paths.event(locale, entry.slug) }));
  const meetings = (await documentsFor('meetings', locale)).map(({ entry }) => ({ entry, link: paths.meeting(locale, entry.slug) }));
  const items = [...events, ...meetings]
    .sort((a, b) => b.entry.start.localeCompare(a.entry.start))
    .map(({ entry, link }) => ({ title: entry.title, description: entry.summary, link, pubDate: new Date(entry.start) }));
  return rss({
    title: `${settings?.siteName ?? ''}: ${t('rss.title')}`,
    description: t('rss.title'),
    site: site!,
    items,
    customData: `<language>${locale}</language>`,
  });
};
