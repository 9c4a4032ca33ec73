import type { CollectionPolicy } from '../policy';
import { contactWindowRule } from './contact-window.rule';
import { GuardRequestInvalidError, NoLawfulInstantError } from './compliance.errors';
import { holidayCalendar } from './holiday-calendar';
import { isValidZone, isoWeekdayOf, localDateOf, localInstant, minutesOf } from './local-days';

/** A half-open interval `[notBefore, notAfter)` in which a call is lawful. */
export interface CallWindow {
  notBefore: Date;
  notAfter: Date;
}

/** Moves of the window rule before giving up (each moves to a later window start). */
const MAX_MOVES = 1000;

/**
 * The next `count` lawful calling windows from `from` on, for a callback the debtor asked for: the
 * first starts at `from` when the country's phone hours allow a call then (in every zone the debtor
 * may be in, not on a day off where the policy says so), else at the next instant they do; each
 * ends where the phone hours end in the first zone to close. Only the contact-window rule applies:
 * the debtor asked for this call, so the frequency caps and waiting periods that protect them from
 * calls they did not ask for do not delay it (Reg F 1006.14(b)(4) leaves calls made with the
 * consumer's prior consent out of the US count); the hours still do, and a callback asked for at
 * 23:00 is made when the day's window opens.
 * @throws NoLawfulInstantError when the policy has no phone window at all.
 */
export function lawfulCallWindows(policy: CollectionPolicy, zones: readonly string[], region: string | undefined, from: Date, count: number): CallWindow[] {
  if (zones.length === 0 || zones.some((zone) => !isValidZone(zone))) throw new GuardRequestInvalidError(`unknown time zone(s): ${zones.join(', ')}`);
  if (!Number.isFinite(from.getTime())) throw new GuardRequestInvalidError('from is not a valid instant');
  const phone = policy.contactWindows.filter((window) => window.channel === 'PHONE');
  if (phone.length === 0) throw new NoLawfulInstantError(`${policy.id} never allows contact by PHONE`);
  const rule = contactWindowRule(policy, 'PHONE', zones, holidayCalendar(policy.country, region, policy.holidayTypes));

  // Where the window holding `instant` closes in `zone` (the rule said one holds there).
  const endIn = (instant: number, zone: string): number => {
    const date = localDateOf(instant, zone);
    const weekday = isoWeekdayOf(date);
    const ends = phone
      .filter((window) => window.weekdays.includes(weekday))
      .map((window) => ({ from: localInstant(date, minutesOf(window.start), zone), to: localInstant(date, minutesOf(window.end), zone) }))
      .filter((window) => window.from <= instant && instant < window.to)
      .map((window) => window.to);
    return Math.max(...ends);
  };

  const windows: CallWindow[] = [];
  let instant = from.getTime();
  while (windows.length < count) {
    for (let moves = 0; ; moves++) {
      if (moves >= MAX_MOVES) throw new NoLawfulInstantError(`no lawful calling window under ${policy.id} after ${new Date(instant).toISOString()}`);
      const move = rule(instant);
      if (move === undefined) break;
      instant = move.to;
    }
    const end = Math.min(...zones.map((zone) => endIn(instant, zone)));
    windows.push({ notBefore: new Date(instant), notAfter: new Date(end) });
    instant = end;
  }
  return windows;
}
