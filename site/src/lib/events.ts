import type { Resolved } from '../utils/fallback';
import type { DocumentData } from './content';
import type { CalendarEvent } from './calendar';
import { paths } from '../utils/urls';

type Dated = { start: string; end?: string | null };

/** Still to come or under way at `now`: ends (or, without an end, starts) at or after now. */
export const isUpcoming = (item: Dated, now: Date) => new Date(item.end ?? item.start).getTime() >= now.getTime();

/** Upcoming first-to-last, and past last-to-first, as readers expect each list. */
export function splitByTime<T extends Dated>(items: Resolved<T>[], now: Date) {
  const upcoming = items.filter((i) => isUpcoming(i.entry, now)).sort((a, b) => a.entry.start.localeCompare(b.entry.start));
  const past = items.filter((i) => !isUpcoming(i.entry, now)).sort((a, b) => b.entry.start.localeCompare(a.entry.start));
  return { upcoming, past };
}

/** "Venue, address": a place as one line, for pages, calendars and cards. */
export const venueLine = (venue: { name: string; address?: string | null } | null | undefined) =>
  [venue?.name, venue?.address].filter(Boolean).join(', ') || undefined;

/** "Venue, address" or the online link, for calendars and cards. */
export const whereOf = (event: DocumentData<'events'> | DocumentData<'meetings'>) => venueLine(event.venue) || event.onlineUrl || undefined;

/** The build's notion of now: BUILD_NOW pins it for reproducible tests. */
export const buildNow = () => (process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date());

/** An event as a calendar entry linking to its page in `locale`: feeds and .ics files alike. */
export const calendarEventOf = (event: DocumentData<'events'>, locale: string, site: URL | string | undefined): CalendarEvent => ({
  ...event,
  url: new URL(paths.event(locale, event.slug), site).href,
  location: whereOf(event),
});
