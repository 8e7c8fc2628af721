import type { APIRoute } from 'astro';
import { type DocumentPageProps } from '../../../../lib/content';
import { calendar, icsResponse } from '../../../../lib/calendar';
import { calendarEventOf } from '../../../../lib/events';
import { topicGroups, topicPaths } from '../../../../lib/topics';
import { useTranslations } from '../../../../i18n/ui';

export async function getStaticPaths() {
  return topicPaths('events');
}

/** A topic's events in the reader's language, as a calendar feed to subscribe to. */
export const GET: APIRoute = async ({ props, params, site }) => {
  const locale = params.locale!;
  const { entry: topic } = props as DocumentPageProps<'topics'>;
  const t = useTranslations(locale);
  const { events } = await topicGroups(topic.documentId, locale);
  const name = t('topics.calendarTitle', { topic: topic.name });
  return icsResponse(
    calendar(
      name,
      events.map(({ entry }) => calendarEventOf(entry, locale, site)),
      new URL(site!).host,
    ),
    `${topic.slug}-${locale}.ics`,
  );
};
