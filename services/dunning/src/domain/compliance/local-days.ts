import { DateTime, IANAZone } from 'luxon';
import type { CalendarDate } from '../steps';

/**
 * Local calendar arithmetic for the guard: instants are epoch milliseconds, dates `YYYY-MM-DD`.
 * Dates are plain calendar arithmetic (UTC, no zone); only instants ↔ local times go through luxon,
 * with one IANAZone object per zone name (creating zones is the expensive part).
 */

export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

const ZONES = new Map<string, IANAZone>();

function zoneOf(name: string): IANAZone {
  let zone = ZONES.get(name);
  if (zone === undefined) {
    zone = IANAZone.create(name);
    ZONES.set(name, zone);
  }
  return zone;
}

export function isValidZone(zone: string): boolean {
  return ZONES.has(zone) || IANAZone.isValidZone(zone);
}

/** The local date of an instant in `zone`. */
export function localDateOf(instant: number, zone: string): CalendarDate {
  return DateTime.fromMillis(instant, { zone: zoneOf(zone) }).toISODate() as CalendarDate;
}

/** `YYYY-MM-DD HH:MM Zone/Name` of an instant, for reasons. */
export function localTimeOf(instant: number, zone: string): string {
  return `${DateTime.fromMillis(instant, { zone: zoneOf(zone) }).toFormat('yyyy-MM-dd HH:mm')} ${zone}`;
}

/** Days since 1970-01-01 of a date. */
function epochDay(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a date. */
export function isoWeekdayOf(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((epochDay(date) + days) * DAY_MS).toISOString().slice(0, 10) as CalendarDate;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** The instant local midnight of `date` begins in `zone`. */
export function startOfLocalDay(date: CalendarDate, zone: string): number {
  return localInstant(date, 0, zone);
}

/**
 * The instant of `minutes` after local midnight on `date` in `zone` (1440: the next midnight). A
 * time inside a DST gap is moved forward by the gap, as clocks do.
 */
export function localInstant(date: CalendarDate, minutes: number, zone: string): number {
  if (minutes >= MINUTES_PER_DAY) return localInstant(plusDays(date, 1), 0, zone);
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return DateTime.fromObject({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone: zoneOf(zone) }).toMillis();
}

/** `HH:MM` (or `24:00`) as minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
