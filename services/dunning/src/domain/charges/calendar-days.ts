import type { CalendarDate } from '../steps';
import { ChargeInputInvalidError } from './charge-input-invalid.error';

/**
 * Day arithmetic on `YYYY-MM-DD` dates with no time zone and no `Date`: interest is counted in whole
 * calendar days, and statutory rates change on half-year boundaries (1 January, 1 July). Dates map to
 * day numbers (days since 1970-01-01, proleptic Gregorian) by the civil-calendar algorithm, so
 * nothing here depends on the machine's clock or zone.
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-H1` = 1 January to 30 June 2025; `2025-H2` = 1 July to 31 December. */
export type HalfYear = `${number}-H${1 | 2}`;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Days since 1970-01-01 of a valid date; throws on anything else ("2025-02-29" included). */
export function dayNumber(date: CalendarDate, field = 'date'): number {
  const match = PATTERN.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new ChargeInputInvalidError(field, `"${date}" is not a calendar date YYYY-MM-DD`);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (inverse of `dayNumber`). */
export function dateOfDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The half-year a date falls in. */
export function halfYearOf(date: CalendarDate): HalfYear {
  dayNumber(date);
  return `${Number(date.slice(0, 4))}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The last day of the half-year a date falls in (30 June or 31 December). */
export function lastDayOfHalfYear(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 4)}-${halfYearOf(date).endsWith('H1') ? '06-30' : '12-31'}`;
}
