import type { CollectionPolicy, PolicySource } from '../collection-policy';
import {
  B2B_FIRST_NOTICE_KEYS,
  B2B_FIRST_NOTICE_SOURCE,
  GDPR_NOTICE_KEYS,
  GDPR_NOTICE_SOURCE,
  LATE_PAYMENT_COMPENSATION_SOURCE,
  mergeSource,
} from '../common-sources';
import { definePolicy } from '../define-policy';
import {
  B2B_CAPS,
  B2B_WINDOWS,
  B2C_CAPS,
  EVERY_STEP,
  HOUSE_RULES_URL,
  HOUSE_WAIT_AFTER_FORMAL_NOTICE,
  HOUSE_WAIT_AFTER_REMINDER,
  LETTER_WINDOW,
  MON_FRI,
  TUE_SAT,
  windowsFor,
} from '../house-rules';

/** Netherlands: the free 14-day letter before any consumer cost (BW 6:96(6), WIK, in force 1 July 2012). */

const NL_COMMON_SOURCES: PolicySource[] = [
  {
    ruleId: 'no-contact-on-public-holidays',
    url: 'https://wetten.overheid.nl',
    verified: false,
    basis: 'law',
    citation: 'Algemene termijnenwet art. 3',
    note: 'Recognised holidays include 5 May (Bevrijdingsdag), which date-holidays files as "school": school days off count as holidays here, which also covers Good Friday (stricter).',
  },
  { ruleId: 'no-field-visits', url: HOUSE_RULES_URL, verified: false, basis: 'house', note: 'Field visits are not in our sources for NL: forbidden (stricter reading).' },
  GDPR_NOTICE_SOURCE,
  mergeSource('No rule found on merging: several cases of the same creditor may share a letter, each with its own 14-day notice content; never across creditors.'),
];

const NL_B2C: CollectionPolicy = definePolicy({
  country: 'NL',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2012-07-01',
  defaultTimeZone: 'Europe/Amsterdam',
  note: 'Starts with the WIK (BW 6:96(5)-(6)) on 1 July 2012.',
  sources: [
    ...NL_COMMON_SOURCES,
    {
      ruleId: 'fourteen-day-letter',
      url: 'https://www.syncasso.nl',
      verified: true,
      basis: 'law',
      citation: 'BW 6:96(6)',
      note:
        '14 days from the day after receipt; receipt assumed the 2nd day after posting, Sundays, Mondays and holidays not counting; a wrong date cannot be repaired by a later letter. ' +
        'Only a letter opens the period (an e-mail counts only with consent to electronic notices, which we do not know), and every next step waits, not only the costs (stricter).',
    },
    { ruleId: 'fourteen-day-letter', url: 'https://www.bvvb.nl', verified: true, basis: 'law', citation: 'BW 6:96(6)' },
    {
      ruleId: 'first-notice-content',
      url: 'https://www.syncasso.nl',
      verified: true,
      basis: 'law',
      citation: 'BW 6:96(6)',
      note: 'The 14-day letter names the amount due, the 14 days after receipt to pay, and the collection costs (with VAT when charged) that follow otherwise.',
    },
    {
      ruleId: 'contact-hours',
      url: HOUSE_RULES_URL,
      verified: false,
      basis: 'house',
      note: 'No statute on contact hours in our sources: 08:00–20:00 on working days; e-mails and SMS alike.',
    },
  ],
  contactWindows: [...windowsFor(['PHONE', 'EMAIL', 'SMS'], MON_FRI, '08:00', '20:00', 'contact-hours'), LETTER_WINDOW],
  noContactOnPublicHolidays: true,
  holidayTypes: ['public', 'bank', 'school'],
  postalDeliveryDays: TUE_SAT,
  frequencyCaps: B2C_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [
    {
      before: EVERY_STEP,
      after: 'LETTER',
      occurrence: 'first',
      days: 14,
      unit: 'calendar',
      receipt: { LETTER: { days: 2, unit: 'postal' } },
      ruleId: 'fourteen-day-letter',
    },
    HOUSE_WAIT_AFTER_REMINDER,
  ],
  firstNoticeContent: [
    'creditor-name',
    'amount-due',
    'pay-within-14-days-after-receipt',
    'collection-costs-amount',
    'collection-costs-vat',
    'payment-instructions',
    ...GDPR_NOTICE_KEYS,
  ],
  mergeScope: 'same-creditor',
});

const NL_B2B: CollectionPolicy = definePolicy({
  country: 'NL',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Amsterdam',
  note: 'Platform baseline date; the 14-day letter is for consumers only.',
  sources: [...NL_COMMON_SOURCES, B2B_FIRST_NOTICE_SOURCE, LATE_PAYMENT_COMPENSATION_SOURCE],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  holidayTypes: ['public', 'bank', 'school'],
  postalDeliveryDays: TUE_SAT,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...B2B_FIRST_NOTICE_KEYS, 'late-payment-compensation', ...GDPR_NOTICE_KEYS],
  mergeScope: 'same-creditor',
});

export const NL_POLICIES: CollectionPolicy[] = [NL_B2C, NL_B2B];
