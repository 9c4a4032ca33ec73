import { type CalendarDate, isCalendarDate, plusDays } from '../plans/calendar-date';
import type { CollectedReceipt } from './collected-receipt';
import { RemittanceArgumentInvalidError } from './remittance.errors';
import { type RunDayCalendar, TARGET2_RUN_DAYS, nextRunDayAfter } from './run-days';

/** Calendar days, not business days: the promise to creditors is "within 14 days". */
export const REMITTANCE_PERIOD_DAYS = 14;

/** The last day money cleared on `clearedOn` may reach the creditor's remittance. */
export function remitBy(clearedOn: CalendarDate): CalendarDate {
  if (!isCalendarDate(clearedOn)) throw new RemittanceArgumentInvalidError(`cleared on ${clearedOn} is not YYYY-MM-DD`);
  return plusDays(clearedOn, REMITTANCE_PERIOD_DAYS);
}

/**
 * The receipts the run of `today` must pay: every cleared, unremitted receipt whose remit-by date
 * falls before the next run day, so that waiting for that run would be late. One that can still be
 * paid on time by the next run waits for it, which batches a creditor's receipts into fewer
 * transfers. A receipt cleared before Easter (Good Friday to Easter Monday closed) or Christmas is
 * taken by the last run before the closure when its deadline falls inside it.
 *
 * On a day that is not a run day nothing is due: the previous run day already took everything whose
 * deadline falls before the next one. Receipts are returned in the order given.
 */
export function dueForRemittance(
  receipts: readonly CollectedReceipt[],
  today: CalendarDate,
  runDays: RunDayCalendar = TARGET2_RUN_DAYS,
): CollectedReceipt[] {
  if (!isCalendarDate(today)) throw new RemittanceArgumentInvalidError(`today ${today} is not YYYY-MM-DD`);
  if (!runDays.isRunDay(today)) return [];
  const nextRun = nextRunDayAfter(today, runDays);
  return receipts.filter((r) => r.remittanceId === null && r.clearedOn !== null && r.clearedOn <= today && remitBy(r.clearedOn) < nextRun);
}
