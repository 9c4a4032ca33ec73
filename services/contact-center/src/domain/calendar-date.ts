import { DateTime } from 'luxon';

/** A day on the calendar, `YYYY-MM-DD`; such strings order correctly as plain strings. */
export type CalendarDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over to March; comparing back rejects it.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
}

/** Calendar arithmetic in UTC, which has no daylight-saving day of 23 or 25 hours. */
export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** Luxon clamps to the month's last day: 2026-01-31 plus one month is 2026-02-28, never 2026-03-03. */
export function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate()!;
}

/** The date of an instant where the debtor lives: near midnight UTC and local days differ. */
export function calendarDateAt(instant: Date, timeZone = 'UTC'): CalendarDate {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** `YYYY-MM` of a valid calendar date. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}
