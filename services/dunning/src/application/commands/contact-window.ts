import { DateTime } from 'luxon';
import type { CollectionPolicy } from '../../domain/policy/collection-policy';
import type { ContactChannel } from '../../domain/steps';

/**
 * The contact window a call or visit sent at `instant` must happen in: from the instant to the end
 * of the policy's window for the channel that day, in the debtor's local time (the agent's task
 * carries it; contact-center does not call outside it).
 */
export function contactWindowAround(policy: CollectionPolicy, channel: ContactChannel, instant: Date, timeZones: readonly string[]): { notBefore: Date; notAfter: Date } {
  // A debtor who may be in several zones is called only while every one of them is inside its window.
  const ends = timeZones.map((zone) => windowEnd(policy, channel, instant, zone));
  return { notBefore: instant, notAfter: new Date(Math.min(...ends.map((end) => end.getTime()))) };
}

function windowEnd(policy: CollectionPolicy, channel: ContactChannel, instant: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const minutes = local.hour * 60 + local.minute;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const open = policy.contactWindows.find(
    (window) => window.channel === channel && window.weekdays.includes(local.weekday) && toMinutes(window.start) <= minutes && minutes < toMinutes(window.end),
  );
  if (!open) return instant;
  return local.startOf('day').plus({ minutes: toMinutes(open.end) }).toJSDate();
}
