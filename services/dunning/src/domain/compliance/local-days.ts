import { DateTime, IANAZone } from 'luxon';
import type { CalendarDate } from '../steps';

/** Local calendar arithmetic for the guard: instants are epoch milliseconds, dates `YYYY-MM-DD`. */

export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The local date of an instant in `zone`. */
export function localDateOf(instant: number, zone: string): CalendarDate {
  return DateTime.fromMillis(instant, { zone }).toISODate() as CalendarDate;
}

/** `YYYY-MM-DD HH:MM Zone/Name` of an instant, for reasons. */
export function localTimeOf(instant: number, zone: string): string {
  return `${DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd HH:mm')} ${zone}`;
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a date. */
export function isoWeekdayOf(date: CalendarDate): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as CalendarDate;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** The instant local midnight of `date` begins in `zone`. */
export function startOfLocalDay(date: CalendarDate, zone: string): number {
  return DateTime.fromISO(date, { zone }).startOf('day').toMillis();
}

/**
 * The instant of `minutes` after local midnight on `date` in `zone` (1440: the next midnight). A
 * time inside a DST gap is moved forward by the gap, as clocks do.
 */
export function localInstant(date: CalendarDate, minutes: number, zone: string): number {
  if (minutes >= MINUTES_PER_DAY) return startOfLocalDay(plusDays(date, 1), zone);
  const [year, month, day] = date.split('-').map(Number);
  return DateTime.fromObject({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone }).toMillis();
}

/** `HH:MM` (or `24:00`) as minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
