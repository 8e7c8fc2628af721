const RIGA = 'Europe/Riga';

/** Minutes by which Riga is ahead of UTC at the given instant (120 in winter, 180 in summer). */
function rigaOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: RIGA,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The UTC instant of a wall-clock time in Riga, e.g. rigaTime('2020-09-22', '10:00'). */
export function rigaTime(day: string, time: string): string {
  const naive = new Date(`${day}T${time}:00Z`);
  const offset = rigaOffsetMinutes(new Date(naive.getTime() - 120 * 60_000));
  return new Date(naive.getTime() - offset * 60_000).toISOString();
}

/** The Riga calendar day `days` after the day of `now`, as YYYY-MM-DD. */
export function rigaDay(now: Date, days: number): string {
  const shifted = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: RIGA, year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}
