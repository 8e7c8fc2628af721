/**
 * Wall-clock time in the centre's time zone (Europe/Riga, UTC+2 in winter, UTC+3 in summer):
 * the seed writes event times this way, the publisher schedules its nightly rebuild this way.
 * Intl knows the zone's rules; nothing here hard-codes an offset.
 */
import { TIME_ZONE } from './locales.ts';

const MINUTE_MS = 60_000;

/** Minutes the zone is ahead of UTC at an instant (120 in Riga's winter, 180 in its summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string = TIME_ZONE): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const wallAsUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  // The wall clock shows whole minutes: compare it with the instant's whole minute.
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The instant at which the zone's wall clock shows `day` (YYYY-MM-DD) and `time` (HH:MM),
 * e.g. wallClockInstant('2020-09-22', '10:00') is 07:00 UTC. The offset is taken at the
 * instant itself, not at the wall time read as UTC, so times just after a clock change come
 * out right; a time the clock skips (03:30 on the spring change) comes out an hour later.
 */
export function wallClockInstant(day: string, time: string, timeZone: string = TIME_ZONE): Date {
  const wallAsUtc = Date.parse(`${day}T${time}:00Z`);
  if (Number.isNaN(wallAsUtc)) throw new Error(`not a day and time: "${day}" "${time}"`);
  const guess = wallAsUtc - utcOffsetMinutes(new Date(wallAsUtc), timeZone) * MINUTE_MS;
  return new Date(wallAsUtc - utcOffsetMinutes(new Date(guess), timeZone) * MINUTE_MS);
}

/** The zone's calendar day at an instant, as YYYY-MM-DD. */
export function calendarDay(instant: Date, timeZone: string = TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The calendar day `days` after `day` (YYYY-MM-DD; negative goes back). */
export function addDays(day: string, days: number): string {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(midnight)) throw new Error(`not a day: "${day}"`);
  return new Date(midnight + days * 86_400_000).toISOString().slice(0, 10);
}
