import ical, { ICalCalendarMethod } from 'ical-generator';

export interface CalendarEvent {
  documentId: string;
  title: string;
  summary: string;
  start: string;
  end?: string | null;
  allDay?: boolean | null;
  url: string;
  location?: string;
}

/**
 * An iCalendar file for one event or a feed of many. UIDs come from the CMS documentId, so
 * calendars update an event instead of duplicating it when it changes.
 */
export function calendar(name: string, events: CalendarEvent[], host: string): string {
  // Times are written in UTC: without a VTIMEZONE block a TZID would be a bare label, and
  // calendar apps show UTC instants in the reader's own zone anyway.
  const cal = ical({ name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'integra', product: 'site', language: 'EN' } });
  for (const event of events) {
    const start = new Date(event.start);
    // An event without an end lasts an hour in calendars, not zero minutes.
    const end = event.end ? new Date(event.end) : new Date(start.getTime() + 3_600_000);
    cal.createEvent({
      id: `${event.documentId}@${host}`,
      start,
      end,
      allDay: Boolean(event.allDay),
      summary: event.title,
      description: event.summary,
      url: event.url,
      location: event.location,
    });
  }
  return cal.toString();
}

export const icsResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}"` },
  });
