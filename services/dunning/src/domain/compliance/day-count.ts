import type { AssumedReceipt, CollectionPolicy } from '../policy';
import type { CalendarDate } from '../steps';
import { NoLawfulInstantError } from './compliance.errors';
import type { HolidayCalendar } from './holiday-calendar';
import { isoWeekdayOf, plusDays } from './local-days';

export type CountedUnit = AssumedReceipt['unit'];

/** Longest run of days that do not count (a guard against a policy with no countable day). */
const MAX_SKIPPED_DAYS = 366;

/**
 * Counts days after a date the way a policy says: `calendar` every day; `business` the policy's
 * working days; `bank` Monday–Friday; `postal` the policy's post delivery days; all but calendar
 * without the policy's holidays.
 */
export class DayCounter {
  constructor(
    private readonly policy: CollectionPolicy,
    private readonly calendar: HolidayCalendar,
  ) {}

  counts(date: CalendarDate, unit: CountedUnit): boolean {
    if (unit === 'calendar') return true;
    const weekday = isoWeekdayOf(date);
    const days = unit === 'business' ? this.policy.workingDays : unit === 'bank' ? BANK_DAYS : this.policy.postalDeliveryDays;
    return days.includes(weekday) && this.calendar.holidayOn(date) === undefined;
  }

  private readonly memo = new Map<string, CalendarDate>();

  /** The `days`-th counted day after `date` (`date` itself not counted); `date` when `days` is 0. */
  after(date: CalendarDate, days: number, unit: CountedUnit): CalendarDate {
    const key = `${date}|${days}|${unit}`;
    let result = this.memo.get(key);
    if (result === undefined) {
      result = this.count(date, days, unit);
      this.memo.set(key, result);
    }
    return result;
  }

  private count(date: CalendarDate, days: number, unit: CountedUnit): CalendarDate {
    let current = date;
    for (let counted = 0, skipped = 0; counted < days; ) {
      current = plusDays(current, 1);
      if (this.counts(current, unit)) {
        counted++;
        skipped = 0;
      } else if (++skipped > MAX_SKIPPED_DAYS) {
        throw new NoLawfulInstantError(`no ${unit} day within a year after ${date}`);
      }
    }
    return current;
  }
}

const BANK_DAYS = [1, 2, 3, 4, 5];
