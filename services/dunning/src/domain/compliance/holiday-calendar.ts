import Holidays from 'date-holidays';
import type { HolidayType } from '../policy';
import type { CalendarDate } from '../steps';
import { HolidayRegionUnknownError } from './compliance.errors';
import { plusDays, yearOf } from './local-days';

/** The days off of one country (and region), by local date. */
export interface HolidayCalendar {
  /** The holiday's name when `date` is a day off, else undefined. */
  holidayOn(date: CalendarDate): string | undefined;
}

/**
 * Days off from date-holidays, of the given types: the region's when it is known; when it is not,
 * those of the country and of every one of its regions (the stricter reading: the debtor may live in
 * any). A country date-holidays has no regions for ignores the region. A holiday shorter than a day
 * (Christmas Eve from 14:00) takes the whole day. Results are memoised per country, region, types
 * and year; the data never changes while the process runs, so this stays deterministic.
 */
export function holidayCalendar(country: string, region: string | undefined, types: readonly HolidayType[]): HolidayCalendar {
  const regions = regionsToRead(country, region);
  const key = `${country}|${regions.join(',')}|${[...types].sort().join(',')}`;
  let years = CALENDARS.get(key);
  if (years === undefined) {
    years = new Map();
    CALENDARS.set(key, years);
  }
  const cache = years;
  return {
    holidayOn(date) {
      const year = yearOf(date);
      let days = cache.get(year);
      if (days === undefined) {
        days = daysOff(country, regions, types, year);
        cache.set(year, days);
      }
      return days.get(date);
    },
  };
}

const CALENDARS = new Map<string, Map<number, Map<CalendarDate, string>>>();
const INSTANCES = new Map<string, Holidays>();
const LISTER = new Holidays();

const REGIONS = new Map<string, string[]>();

/** '' stands for the country without a region. */
function regionsToRead(country: string, region: string | undefined): string[] {
  let known = REGIONS.get(country);
  if (known === undefined) {
    known = Object.keys(LISTER.getStates(country) ?? {});
    REGIONS.set(country, known);
  }
  if (region === undefined || region === '') return ['', ...known];
  if (known.length === 0) return [''];
  const code = region.toUpperCase();
  if (!known.includes(code)) throw new HolidayRegionUnknownError(country, region);
  return [code];
}

function daysOff(country: string, regions: string[], types: readonly HolidayType[], year: number): Map<CalendarDate, string> {
  const days = new Map<CalendarDate, string>();
  for (const region of regions) {
    for (const holiday of instance(country, region, types).getHolidays(year)) {
      if (!types.includes(holiday.type)) continue;
      const first = holiday.date.slice(0, 10) as CalendarDate;
      // Whole days (a 23 h or 25 h DST day is one day; a half day is one day).
      const spanDays = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
      for (let i = 0; i < spanDays; i++) {
        const date = plusDays(first, i);
        if (!days.has(date)) days.set(date, region === '' || regions.length === 1 ? holiday.name : `${holiday.name} (${region})`);
      }
    }
  }
  return days;
}

/** date-holidays computes only the types asked for (several times faster than all of them). */
function instance(country: string, region: string, types: readonly HolidayType[]): Holidays {
  const key = `${country}|${region}|${types.join(',')}`;
  let holidays = INSTANCES.get(key);
  if (holidays === undefined) {
    const options = { types: [...types] };
    holidays = region === '' ? new Holidays(country, options) : new Holidays(country, region, options);
    INSTANCES.set(key, holidays);
  }
  return holidays;
}
