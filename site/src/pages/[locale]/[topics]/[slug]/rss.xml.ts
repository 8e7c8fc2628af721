import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteSettings, type DocumentPageProps } from '../../../../lib/content';
import { topicGroups, topicPaths } from '../../../../lib/topics';
import { useTranslations } from '../../../../i18n/ui';
import { feedDate, newestFirst } from '../../../../utils/feed-items';

export async function getStaticPaths() {
  return topicPaths();
}

/** A topic's services, events, resources and meetings in the reader's language, newest first. */
export const GET: APIRoute = async ({ props, params, site }) => {
  const locale = params.locale!;
  const { entry: topic } = props as DocumentPageProps<'topics'>;
  const t = useTranslations(locale);
  const settings = await siteSettings(locale);
  const { groups } = await topicGroups(topic.documentId, locale);
  const items = newestFirst(
    groups.flatMap((group) =>
      group.items.map(({ entry }) => ({
        title: entry.title,
        description: entry.summary,
        link: group.href(locale, entry.slug),
        pubDate: feedDate(entry),
      })),
    ),
  );
  return rss({
    title: `${settings?.siteName ?? ''}: ${topic.name}`,
    description: t('topics.rssTitle', { topic: topic.name }),
    site: site!,
    items,
    customData: `<language>${locale}</language>`,
  });
};
