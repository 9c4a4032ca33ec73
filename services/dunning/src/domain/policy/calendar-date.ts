import { DateTime } from 'luxon';
import type { CalendarDate } from '../steps';

/** Whether `value` is a real `YYYY-MM-DD` date. */
export function isCalendarDate(value: string): value is CalendarDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}
