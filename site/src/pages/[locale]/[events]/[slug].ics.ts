import type { APIRoute } from 'astro';
import { documentPaths, type DocumentPageProps } from '../../../lib/content';
import { calendar, icsResponse } from '../../../lib/calendar';
import { calendarEventOf } from '../../../lib/events';
import { paths } from '../../../utils/urls';

export async function getStaticPaths() {
  return documentPaths('events', paths.event);
}

/** One event as an .ics file, for "add to calendar". */
export const GET: APIRoute = ({ props, params, site }) => {
  const { entry } = props as DocumentPageProps<'events'>;
  const event = calendarEventOf(entry, params.locale!, site);
  return icsResponse(calendar(entry.title, [event], new URL(event.url).host), `${entry.slug}.ics`);
};
