import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, utcOffsetMinutes, wallClockInstant } from '../src/zone-time.ts';

describe('time in Riga', () => {
  it('is UTC+2 in winter and UTC+3 in summer', () => {
    expect(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(120);
    expect(utcOffsetMinutes(new Date('2026-07-15T12:00:45Z'))).toBe(180);
  });

  it('turns a wall-clock time into its instant in either season', () => {
    expect(wallClockInstant('2020-09-22', '10:00').toISOString()).toBe('2020-09-22T07:00:00.000Z');
    expect(wallClockInstant('2026-12-01', '18:30').toISOString()).toBe('2026-12-01T16:30:00.000Z');
  });

  it('gets the hours around a clock change right', () => {
    // 29 March 2026: 03:00 EET becomes 04:00 EEST (01:00 UTC).
    expect(wallClockInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(wallClockInstant('2026-03-29', '04:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 04:00 EEST becomes 03:00 EET (01:00 UTC).
    expect(wallClockInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(wallClockInstant('2026-10-25', '05:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses what is not a day and a time', () => {
    expect(() => wallClockInstant('2026-13-40', '10:00')).toThrow(/not a day and time/);
    expect(() => addDays('someday', 1)).toThrow(/not a day/);
  });

  it('names the calendar day in Riga, which is ahead of UTC late in the evening', () => {
    expect(calendarDay(new Date('2026-05-31T21:30:00Z'))).toBe('2026-06-01');
    expect(calendarDay(new Date('2026-05-31T20:30:00Z'))).toBe('2026-05-31');
  });

  it('counts calendar days across months, years and clock changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
