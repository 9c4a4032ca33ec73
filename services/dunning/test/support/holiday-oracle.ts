import Holidays from 'date-holidays';
import type { CollectionPolicy } from '../../src/domain/policy';

const holidaySets = new Map<string, Set<string>>();

/**
 * A test oracle: the days off of the policy's holiday types, read from date-holidays directly (not
 * through the compliance module it checks), for the region or, unknown, the country and every region.
 */
export function daysOff(policy: CollectionPolicy, region: string | undefined): Set<string> {
  const key = `${policy.country}|${region ?? ''}|${policy.holidayTypes.join()}`;
  const cached = holidaySets.get(key);
  if (cached) return cached;
  const states = region ? [region] : ['', ...Object.keys(new Holidays().getStates(policy.country) ?? {})];
  const dates = new Set<string>();
  for (const state of states) {
    const options = { types: [...policy.holidayTypes] };
    const holidays = state === '' ? new Holidays(policy.country, options) : new Holidays(policy.country, state, options);
    for (let year = 2025; year <= 2028; year++) {
      for (const holiday of holidays.getHolidays(year)) {
        if ((policy.holidayTypes as string[]).includes(holiday.type)) dates.add(holiday.date.slice(0, 10));
      }
    }
  }
  holidaySets.set(key, dates);
  return dates;
}
