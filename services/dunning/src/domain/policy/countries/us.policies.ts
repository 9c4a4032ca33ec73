import type { CollectionPolicy, FrequencyCap } from '../collection-policy';
import { B2B_FIRST_NOTICE_KEYS, B2B_FIRST_NOTICE_SOURCE, mergeSource } from '../common-sources';
import { definePolicy } from '../define-policy';
import { B2B_CAPS, B2B_WINDOWS, B2C_CAPS, HOUSE_RULES_URL, HOUSE_WAIT_AFTER_FORMAL_NOTICE, HOUSE_WAIT_AFTER_REMINDER, LETTER_WINDOW, MON_SAT, windowsFor } from '../house-rules';

/** United States: FDCPA and Regulation F (12 CFR 1006, in force 30 Nov 2021) for consumer debts. */

const ECFR = (section: string): string => `https://www.ecfr.gov/current/title-12/section-${section}`;

/** Reg F 1006.14(b): ≤ 7 calls in 7 consecutive days, none within 7 days after a conversation. */
const CALL_FREQUENCY: FrequencyCap = {
  channel: 'PHONE',
  max: 7,
  windowDays: 7,
  cooldownAfterConversationDays: 7,
  ruleId: 'call-frequency',
  cooldownRuleId: 'call-after-conversation',
};

/** Reg F 1006.34(c): the validation notice. */
const VALIDATION_NOTICE_KEYS = [
  'debt-collector-disclosure',
  'collector-name-and-mailing-address',
  'consumer-name-and-mailing-address',
  'creditor-on-itemization-date',
  'account-number',
  'current-creditor',
  'itemization-date',
  'itemization-interest-fees-payments-credits',
  'current-amount',
  'validation-period-end-date',
  'dispute-and-original-creditor-prompts',
  'cfpb-website-reference',
  'consumer-response-form',
];

const US_B2C: CollectionPolicy = definePolicy({
  country: 'US',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2021-11-30',
  defaultTimeZone: 'America/New_York',
  note: 'Starts with Regulation F. Contact hours are the consumer\'s local time: pass the zones of the consumer\'s state (timeZonesOf); unknown state → every US zone.',
  sources: [
    {
      ruleId: 'contact-hours',
      url: ECFR('1006.6'),
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.6(b)(1)(i)',
      note: 'Nothing before 08:00 or after 21:00 consumer-local (unless the consumer consents; consent is not modelled). E-mail and SMS count at the time sent. Sundays excluded: house, stricter.',
    },
    {
      ruleId: 'call-frequency',
      url: ECFR('1006.14'),
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.14(b)(2)(i)',
      note: '≤ 7 calls in 7 consecutive days. Counted across all the debtor\'s debts, and every attempt counts (stricter than per debt, connected calls only).',
    },
    {
      ruleId: 'call-after-conversation',
      url: ECFR('1006.14'),
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.14(b)(2)(ii)',
      note: 'No call within 7 days after a telephone conversation (the conversation day is day 1). We also wait 7 × 24 h (stricter by part of a day).',
    },
    {
      ruleId: 'validation-period',
      url: ECFR('1006.34'),
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.34(b)(5)',
      note:
        'Validation period: 30 days after assumed receipt (≥ 5 days excluding Saturdays, Sundays and legal public holidays after sending). ' +
        'We do not escalate within it: no formal notice, intensive calls or evaluation (overshadowing, 1006.34(b)(5)); reminders and calls within the caps go on. The first letter or e-mail is taken as the validation notice.',
    },
    {
      ruleId: 'first-notice-content',
      url: ECFR('1006.34'),
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.34(c)',
      note: 'The validation information, in the first communication or within 5 days after it.',
    },
    {
      ruleId: 'follow-up-content',
      url: ECFR('1006.18'),
      verified: false,
      basis: 'law',
      citation: '12 CFR 1006.18(e)(2)',
      note: 'Every later communication says it is from a debt collector (not in COUNTRY-RULES.md: verify).',
    },
    {
      ruleId: 'electronic-message-content',
      url: ECFR('1006.6'),
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.6(e)',
      note: 'A clear and conspicuous way to opt out in every e-mail and SMS.',
    },
    {
      ruleId: 'prohibitions',
      url: 'https://www.ecfr.gov/current/title-12/part-1006',
      verified: true,
      basis: 'law',
      citation: '12 CFR 1006.6(c), 1006.6(d), 1006.22(f), 1006.26(b), 1006.38(d)',
      note: 'Stop on a written cease request; no third-party disclosure; no collector wording on envelopes; never sue or threaten on time-barred debts; nothing on a disputed debt before verification.',
    },
    {
      ruleId: 'no-field-visits',
      url: HOUSE_RULES_URL,
      verified: false,
      basis: 'house',
      note: 'FDCPA does not ban visits, but they risk third-party disclosure and an inconvenient place (1006.6(b)(1), 1006.6(d)): not done.',
    },
    mergeSource('One validation notice per debt (1006.34 speaks of "the debt"; whether several debts may share a notice is unclear): no merging.'),
  ],
  contactWindows: [...windowsFor(['PHONE', 'EMAIL', 'SMS'], MON_SAT, '08:00', '21:00', 'contact-hours'), LETTER_WINDOW],
  noContactOnPublicHolidays: true,
  frequencyCaps: [CALL_FREQUENCY, ...B2C_CAPS.filter((cap) => cap.channel !== 'PHONE')],
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [
    {
      before: ['FORMAL_NOTICE', 'INTENSIVE_CALLS', 'VISIT', 'EVALUATION'],
      after: 'LETTER',
      orAfter: ['EMAIL'],
      occurrence: 'first',
      days: 30,
      unit: 'calendar',
      receipt: { LETTER: { days: 5, unit: 'business' }, EMAIL: { days: 5, unit: 'business' } },
      ruleId: 'validation-period',
    },
  ],
  firstNoticeContent: VALIDATION_NOTICE_KEYS,
  followUpContent: ['debt-collector-disclosure'],
  electronicMessageContent: ['opt-out-instructions'],
  mergeScope: 'none',
  prohibitions: [
    'collect-after-written-cease-request',
    'third-party-disclosure',
    'envelope-revealing-debt-collection',
    'sue-or-threaten-on-time-barred-debt',
    'collect-disputed-debt-before-verification',
  ],
});

const US_B2B: CollectionPolicy = definePolicy({
  country: 'US',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'America/New_York',
  note: 'Platform baseline date. The FDCPA covers consumer debts only: business debts follow house rules (state laws not modelled).',
  sources: [
    B2B_FIRST_NOTICE_SOURCE,
    { ruleId: 'no-field-visits', url: HOUSE_RULES_URL, verified: false, basis: 'house', note: 'No field visits in the US.' },
    mergeSource('Several cases of the same creditor may share a letter; never across creditors.', 'house'),
  ],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: B2B_FIRST_NOTICE_KEYS,
  mergeScope: 'same-creditor',
});

export const US_POLICIES: CollectionPolicy[] = [US_B2C, US_B2B];
