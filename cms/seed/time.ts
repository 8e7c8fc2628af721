import { addDays, calendarDay, wallClockInstant } from '@integra/contract/zone-time';

/** The UTC instant (ISO) of a wall-clock time in Riga, e.g. rigaTime('2020-09-22', '10:00'). */
export const rigaTime = (day: string, time: string): string => wallClockInstant(day, time).toISOString();

/** The Riga calendar day `days` after the day of `now`, as YYYY-MM-DD. */
export const rigaDay = (now: Date, days: number): string => addDays(calendarDay(now), days);
