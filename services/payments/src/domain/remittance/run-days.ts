import { type CalendarDate, isCalendarDate, plusDays } from '../plans/calendar-date';
import { RemittanceArgumentInvalidError } from './remittance.errors';

/** Days on which a remittance batch is run and its transfers leave the agency's bank. */
export interface RunDayCalendar {
  isRunDay(date: CalendarDate): boolean;
}

/**
 * Easter Sunday of the Gregorian calendar (the anonymous Meeus/Jones/Butcher computus); TARGET's two
 * moving closing days hang off it.
 */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CLOSING_DAYS = new Map<number, ReadonlySet<CalendarDate>>();

/** The ECB's TARGET closing days (1 Jan, Good Friday, Easter Monday, 1 May, 25 and 26 Dec), fixed since 2002. */
export function targetClosingDays(year: number): ReadonlySet<CalendarDate> {
  let days = CLOSING_DAYS.get(year);
  if (days === undefined) {
    const easter = easterSunday(year);
    days = new Set([`${year}-01-01`, plusDays(easter, -2), plusDays(easter, 1), `${year}-05-01`, `${year}-12-25`, `${year}-12-26`]);
    CLOSING_DAYS.set(year, days);
  }
  return days;
}

function isWeekend(date: CalendarDate): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * TARGET2 business days: euro transfers settle only then, so a batch run on another day would sit
 * at the bank and reach the creditor no sooner. Used for every currency: one calendar for the whole
 * remittance run keeps the 14-day promise checkable in one place.
 */
export const TARGET2_RUN_DAYS: RunDayCalendar = {
  isRunDay(date) {
    return !isWeekend(date) && !targetClosingDays(Number(date.slice(0, 4))).has(date);
  },
};

/** The first run day strictly after `date`. TARGET is never closed more than four days in a row, so this ends fast. */
export function nextRunDayAfter(date: CalendarDate, runDays: RunDayCalendar = TARGET2_RUN_DAYS): CalendarDate {
  if (!isCalendarDate(date)) throw new RemittanceArgumentInvalidError(`${date} is not YYYY-MM-DD`);
  for (let day = plusDays(date, 1), tries = 0; tries < 366; day = plusDays(day, 1), tries++) {
    if (runDays.isRunDay(day)) return day;
  }
  throw new RemittanceArgumentInvalidError(`the run-day calendar has no run day in the year after ${date}`);
}
