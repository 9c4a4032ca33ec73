import { STEP_KINDS, type ContactChannel, type StepKind } from '../steps';
import { POLICY_RULE_IDS, type ContactWindow, type FrequencyCap, type PolicySource, type WaitingPeriod } from './collection-policy';

/**
 * Our own rules where the law sets none (COUNTRY-RULES.md is silent, or we chose to be stricter than
 * the law): every one is `basis: 'house'`, `verified: false`, with the reason in its note. The
 * country files use them and define-policy adds their sources.
 */

export const MON_FRI = [1, 2, 3, 4, 5];
export const MON_SAT = [1, 2, 3, 4, 5, 6];
/** NL: post is not delivered on Sundays and Mondays. */
export const TUE_SAT = [2, 3, 4, 5, 6];
export const EVERY_STEP: StepKind[] = [...STEP_KINDS];

/** Where a house rule is written down (this folder's README). */
export const HOUSE_RULES_URL = 'internal:services/dunning/src/domain/policy/README.md#house-rules';
/** Assumptions COUNTRY-RULES.md itself makes ("no statute found: use …"). */
export const COUNTRY_RULES_URL = 'internal:shared/COUNTRY-RULES.md';

export function windowsFor(channels: ContactChannel[], weekdays: number[], start: string, end: string, ruleId: string): ContactWindow[] {
  return channels.map((channel) => ({ channel, weekdays: [...weekdays], start, end, ruleId }));
}

/** Letters are posted on working days only (any hour: posting is not a contact at a time of day). */
export const LETTER_WINDOW: ContactWindow = { channel: 'LETTER', weekdays: MON_FRI, start: '00:00', end: '24:00', ruleId: 'letters-on-working-days' };

/** B2B: phone, e-mail and SMS in business hours on working days. */
export const B2B_WINDOWS: ContactWindow[] = [...windowsFor(['PHONE', 'EMAIL', 'SMS'], MON_FRI, '08:00', '18:00', 'business-hours-b2b'), LETTER_WINDOW];

/** Consumers: at most one contact a day per channel, and a few a week (calls 3, e-mails 3, SMS 2, letters 3). */
export const B2C_CAPS: FrequencyCap[] = [
  { channel: 'PHONE', max: 1, windowDays: 1, ruleId: 'cap-phone' },
  { channel: 'PHONE', max: 3, windowDays: 7, ruleId: 'cap-phone' },
  ...nonPhoneCaps(3),
];

/** Businesses: calls 2 a day and 5 a week; e-mails and letters 5 a week; SMS 2 a week. */
export const B2B_CAPS: FrequencyCap[] = [
  { channel: 'PHONE', max: 2, windowDays: 1, ruleId: 'cap-phone' },
  { channel: 'PHONE', max: 5, windowDays: 7, ruleId: 'cap-phone' },
  ...nonPhoneCaps(5),
];

/** A field visit at most once in 30 days. */
export const VISIT_CAP: FrequencyCap = { channel: 'VISIT', max: 1, windowDays: 30, ruleId: 'cap-visit' };

function nonPhoneCaps(perWeek: number): FrequencyCap[] {
  return [
    { channel: 'EMAIL', max: 1, windowDays: 1, ruleId: 'cap-email' },
    { channel: 'EMAIL', max: perWeek, windowDays: 7, ruleId: 'cap-email' },
    { channel: 'SMS', max: 1, windowDays: 1, ruleId: 'cap-sms' },
    { channel: 'SMS', max: 2, windowDays: 7, ruleId: 'cap-sms' },
    { channel: 'LETTER', max: 1, windowDays: 1, ruleId: 'cap-letter' },
    { channel: 'LETTER', max: perWeek, windowDays: 7, ruleId: 'cap-letter' },
  ];
}

/** Letters are assumed received on the 2nd working day after posting where the law gives no rule. */
export const HOUSE_LETTER_RECEIPT = { LETTER: { days: 2, unit: 'business' } } as const;

/** A week after the first reminder before the formal notice (or a visit, or the evaluation). */
export const HOUSE_WAIT_AFTER_REMINDER: WaitingPeriod = {
  before: ['FORMAL_NOTICE', 'VISIT', 'EVALUATION'],
  after: 'LETTER',
  orAfter: ['EMAIL'],
  occurrence: 'first',
  days: 7,
  unit: 'calendar',
  receipt: HOUSE_LETTER_RECEIPT,
  ruleId: 'house-wait-after-first-reminder',
};

/** Two weeks after each formal notice before the evaluation (which may send the case to court). */
export const HOUSE_WAIT_AFTER_FORMAL_NOTICE: WaitingPeriod = {
  before: ['EVALUATION'],
  after: 'FORMAL_NOTICE',
  occurrence: 'each',
  days: 14,
  unit: 'calendar',
  receipt: HOUSE_LETTER_RECEIPT,
  ruleId: 'house-wait-after-formal-notice',
};

const HOUSE_NOTES: Record<string, string> = {
  'cap-phone': 'No statutory call cap found: a sensible cap across all the debtor\'s cases, to avoid harassment (unfair-practices rules).',
  'cap-email': 'No statutory cap found: house cap across all the debtor\'s cases.',
  'cap-sms': 'No statutory cap found: house cap across all the debtor\'s cases.',
  'cap-letter': 'No statutory cap found: one letter a day (merge where allowed), a few a week.',
  'cap-visit': 'No statutory cap found: at most one field visit in 30 days.',
  'letters-on-working-days': 'Letters are posted on working days only; public holidays excepted.',
  'electronic-hours': 'E-mails and SMS only within the call hours: a message is a contact at the time it arrives.',
  'no-field-visits': 'Field visits are not regulated in our sources for this country and debtor kind: forbidden (stricter reading).',
  'business-hours-b2b': 'No statute on contact hours with businesses: business hours on working days.',
  [POLICY_RULE_IDS.publicHolidays]:
    'No contact on public holidays (date-holidays types listed in the policy) of the country and the debtor\'s region; where the region is unknown, the holidays of every region (stricter).',
  [POLICY_RULE_IDS.mergeLetters]: 'Merging decided per country; see the policy note and README.',
  'house-wait-after-first-reminder': 'No statutory wait: give the debtor a week after the first reminder (letter assumed received 2 working days after posting).',
  'house-wait-after-formal-notice': 'No statutory wait: 14 days after each formal notice before the evaluation (letter assumed received 2 working days after posting).',
};

/** The source of a house rule, or undefined when `ruleId` is not one. */
export function houseSource(ruleId: string): PolicySource | undefined {
  const note = HOUSE_NOTES[ruleId];
  return note === undefined ? undefined : { ruleId, url: HOUSE_RULES_URL, verified: false, basis: 'house', note };
}
