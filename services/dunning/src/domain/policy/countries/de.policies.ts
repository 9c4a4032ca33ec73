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
  HOUSE_RULES_URL,
  HOUSE_WAIT_AFTER_FORMAL_NOTICE,
  HOUSE_WAIT_AFTER_REMINDER,
  LETTER_WINDOW,
  MON_FRI,
  windowsFor,
} from '../house-rules';

/** Germany: the first demand to a consumer in text form with the RDG §13a information (in force 1 Oct 2021). */

/** RDG §13a(1): what the first demand to a consumer says. */
const RDG_13A_KEYS = [
  'creditor-name',
  'creditor-address',
  'claim-reason',
  'contract-subject-and-date',
  'interest-calculation',
  'interest-above-statutory-rate-note',
  'costs-by-kind-amount-and-reason',
  'vat-statement',
  'address-researched-note',
  'supervisory-authority',
];

const DE_COMMON_SOURCES: PolicySource[] = [
  { ruleId: 'no-field-visits', url: HOUSE_RULES_URL, verified: false, basis: 'house', note: 'Field visits are not in our sources for DE: forbidden (stricter reading).' },
  GDPR_NOTICE_SOURCE,
  mergeSource('No rule found on merging: several cases of the same creditor may share a letter, each with its own §13a information; never across creditors.'),
];

const DE_B2C: CollectionPolicy = definePolicy({
  country: 'DE',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2021-10-01',
  defaultTimeZone: 'Europe/Berlin',
  note: 'Starts with RDG §13a (Gesetz zur Verbesserung des Verbraucherschutzes im Inkassorecht).',
  sources: [
    ...DE_COMMON_SOURCES,
    {
      ruleId: 'first-notice-content',
      url: 'https://lexmea.de',
      verified: true,
      basis: 'law',
      citation: 'RDG §13a',
      note: 'In text form: client\'s name and address; the claim\'s reason (contract subject and date); interest calculation, with a note when above the statutory rate; costs by kind, amount and reason; VAT statement; a note if the address was researched; the supervisory authority.',
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
  frequencyCaps: B2C_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...RDG_13A_KEYS, 'amount-due', 'payment-instructions', ...GDPR_NOTICE_KEYS],
  mergeScope: 'same-creditor',
});

const DE_B2B: CollectionPolicy = definePolicy({
  country: 'DE',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Berlin',
  note: 'Platform baseline date; RDG §13a protects consumers only. EUR 40 flat (BGB §288(5)) is a charge.',
  sources: [...DE_COMMON_SOURCES, B2B_FIRST_NOTICE_SOURCE, { ...LATE_PAYMENT_COMPENSATION_SOURCE, url: 'https://www.haufe.de', citation: 'BGB §288(5)' }],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...B2B_FIRST_NOTICE_KEYS, 'late-payment-compensation', ...GDPR_NOTICE_KEYS],
  mergeScope: 'same-creditor',
});

export const DE_POLICIES: CollectionPolicy[] = [DE_B2C, DE_B2B];
