import { POLICY_RULE_IDS, type CollectionPolicy, type ContactWindow } from '../policy';
import type { CalendarDate, ContactChannel } from '../steps';
import { NoLawfulInstantError } from './compliance.errors';
import type { GuardRule, RuleMove } from './guard-rule';
import type { HolidayCalendar } from './holiday-calendar';
import { isoWeekdayOf, localDateOf, localInstant, localTimeOf, minutesOf, plusDays } from './local-days';

/** How far ahead a window is looked for before giving up. */
const MAX_SCAN_DAYS = 400;

interface Window {
  weekdays: ReadonlySet<number>;
  start: number;
  end: number;
  source: ContactWindow;
}

/**
 * The channel's contact windows in every zone the debtor may be in, and (when the policy says so)
 * no contact on a day off there. Outside a window: the next window start; on a holiday: the first
 * window of the next day that is not one. Windows are compared as instants, so DST days are right.
 */
export function contactWindowRule(policy: CollectionPolicy, channel: ContactChannel, zones: readonly string[], calendar: HolidayCalendar): GuardRule {
  const windows: Window[] = policy.contactWindows
    .filter((window) => window.channel === channel)
    .map((window) => ({ weekdays: new Set(window.weekdays), start: minutesOf(window.start), end: minutesOf(window.end), source: window }))
    .sort((a, b) => a.start - b.start);
  const dayOff = (date: CalendarDate): string | undefined => (policy.noContactOnPublicHolidays ? calendar.holidayOn(date) : undefined);

  const windowsOn = (date: CalendarDate, zone: string) => {
    const weekday = isoWeekdayOf(date);
    return windows
      .filter((window) => window.weekdays.has(weekday))
      .map((window) => ({ from: localInstant(date, window.start, zone), to: localInstant(date, window.end, zone), window }));
  };

  const inZone = (instant: number, zone: string): RuleMove | undefined => {
    const today = localDateOf(instant, zone);
    const holiday = dayOff(today);
    if (holiday === undefined && windowsOn(today, zone).some((w) => w.from <= instant && instant < w.to)) return undefined;
    const skipped: string[] = [];
    for (let day = 0; day <= MAX_SCAN_DAYS; day++) {
      const date = plusDays(today, day);
      const off = dayOff(date);
      if (off !== undefined) {
        skipped.push(`${date} ${off}`);
        continue;
      }
      const next = windowsOn(date, zone).find((w) => w.to > instant && w.from > instant);
      if (next === undefined) continue;
      const window = next.window.source;
      const during = `${window.start}–${window.end} on ISO weekdays ${window.weekdays.join(',')}`;
      const why =
        holiday !== undefined
          ? `${localTimeOf(instant, zone)} is a holiday (${holiday}) for ${channel}`
          : `${localTimeOf(instant, zone)} is outside the ${channel} contact window ${during}`;
      return {
        to: next.from,
        ruleId: holiday !== undefined ? POLICY_RULE_IDS.publicHolidays : window.ruleId,
        reason: skipped.length > 0 && holiday === undefined ? `${why}; days off skipped: ${skipped.join(', ')}` : why,
      };
    }
    throw new NoLawfulInstantError(`no ${channel} contact window in ${zone} within ${MAX_SCAN_DAYS} days of ${localTimeOf(instant, zone)}`);
  };

  return (instant) => {
    for (const zone of zones) {
      const move = inZone(instant, zone);
      if (move !== undefined) return move;
    }
    return undefined;
  };
}
