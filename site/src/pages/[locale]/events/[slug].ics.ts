import type { APIRoute } from 'astro';
import { documentPaths, type DocumentPageProps } from '../../../lib/content';
import { calendar, icsResponse } from '../../../lib/calendar';
import { whereOf } from '../../../lib/events';
import { paths } from '../../../utils/urls';

export async function getStaticPaths() {
  return documentPaths('events', paths.event);
}

/** One event as an .ics file, for "add to calendar". */
export const GET: APIRoute = ({ props, params, site }) => {
  const { entry } = props as DocumentPageProps<'events'>;
  const url = new URL(paths.event(params.locale!, entry.slug), site).href;
  return icsResponse(calendar(entry.title, [{ ...entry, url, location: whereOf(entry) }], new URL(url).host), `${entry.slug}.ics`);
};
