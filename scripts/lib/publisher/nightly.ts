import { addDays, calendarDay, wallClockInstant } from '@integra/contract/zone-time';
import { TIME_ZONE } from '@integra/contract/locales';

/** The next instant after `now` when the wall clock in `timeZone` shows `hhmm` ("03:30"). */
export function nextRun(hhmm: string, now: Date, timeZone = TIME_ZONE): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new Error(`NIGHTLY_BUILD_AT must be HH:MM, got "${hhmm}"`);
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  const today = calendarDay(now, timeZone);
  for (let day = 0; day <= 2; day += 1) {
    const candidate = wallClockInstant(addDays(today, day), time, timeZone);
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
