import { TIME_ZONE, localeInfo } from '../i18n/locales';
import { memoize } from './memo';

// Making an Intl.DateTimeFormat is costly; a build formats thousands of dates with a handful.
const formatter = memoize(
  (locale: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(localeInfo(locale).intlLocale, { timeZone: TIME_ZONE, ...options }),
);
const yearFormatter = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, year: 'numeric' });

/** "22. septembris 2020." style date in the reader's language, in Riga time. */
export const formatDate = (iso: string, locale: string) => formatter(locale, { dateStyle: 'long' }).format(new Date(iso));

/** Date and time in Riga, e.g. "2020. gada 22. septembris 10:00". */
export const formatDateTime = (iso: string, locale: string) =>
  formatter(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** "22 September 2020, 10:00–12:00"; the end's date is repeated only when it differs. */
export function formatRange(start: string, end: string | null | undefined, locale: string, allDay = false): string {
  if (allDay) {
    const from = formatDate(start, locale);
    const to = end ? formatDate(end, locale) : from;
    return from === to ? from : `${from} – ${to}`;
  }
  if (!end) return formatDateTime(start, locale);
  if (formatDate(start, locale) === formatDate(end, locale)) {
    return formatter(locale, { dateStyle: 'long', timeStyle: 'short' }).formatRange(new Date(start), new Date(end));
  }
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`;
}

/** The Riga calendar year of an instant: a meeting at 00:30 on 1 January belongs to the new year. */
export const rigaYear = (iso: string) => Number(yearFormatter.format(new Date(iso)));
