import type { APIRoute } from 'astro';
import { documentsFor } from '../../lib/content';
import { calendar, icsResponse } from '../../lib/calendar';
import { calendarEventOf } from '../../lib/events';
import { sectionPaths } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';

export function getStaticPaths() {
  return sectionPaths('events');
}

/** Every event in the reader's language, as a calendar feed to subscribe to. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale!;
  const t = useTranslations(locale);
  const events = (await documentsFor('events', locale)).map(({ entry }) => calendarEventOf(entry, locale, site));
  return icsResponse(calendar(t('events.title'), events, new URL(site!).host), `events-${locale}.ics`);
};
