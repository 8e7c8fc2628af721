import { TIME_ZONE } from './locales.ts';

/** Minutes Riga is ahead of UTC at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
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
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The next instant after `now` when the wall clock in `timeZone` shows `hhmm` ("03:30"). */
export function nextRun(hhmm: string, now: Date, timeZone = TIME_ZONE): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new Error(`NIGHTLY_BUILD_AT must be HH:MM, got "${hhmm}"`);
  for (let day = 0; day <= 2; day += 1) {
    const local = new Date(now.getTime() + offsetMinutes(now, timeZone) * 60_000 + day * 86_400_000);
    const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), Number(match[1]), Number(match[2]));
    const candidate = new Date(wall - offsetMinutes(new Date(wall), timeZone) * 60_000);
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  throw new Error('unreachable: no next run within two days');
}

/** Calls `run` every day at `hhmm` Riga time, until the returned stop() is called. */
export function scheduleNightly(hhmm: string, run: () => void, now = () => new Date()): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const wait = nextRun(hhmm, now()).getTime() - now().getTime();
    timer = setTimeout(() => {
      run();
      arm();
    }, wait);
    timer.unref?.();
  };
  arm();
  return () => clearTimeout(timer);
}
