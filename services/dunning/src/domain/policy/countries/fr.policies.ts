import type { CollectionPolicy, PolicySource } from '../collection-policy';
import { GDPR_NOTICE_KEYS, GDPR_NOTICE_SOURCE, LATE_PAYMENT_COMPENSATION_SOURCE, mergeSource } from '../common-sources';
import { definePolicy } from '../define-policy';
import {
  B2B_CAPS,
  B2B_WINDOWS,
  B2C_CAPS,
  COUNTRY_RULES_URL,
  HOUSE_RULES_URL,
  HOUSE_WAIT_AFTER_FORMAL_NOTICE,
  HOUSE_WAIT_AFTER_REMINDER,
  LETTER_WINDOW,
  MON_FRI,
  windowsFor,
} from '../house-rules';

/**
 * France: the collector's letter (CPCE R124-4) and written mandate (R124-3) apply to amicable
 * collection for a creditor whoever the debtor is; consumers owe no collection costs (L111-8, charges).
 */

/** CPCE R124-4: what the collector's first letter says. */
const R124_4_KEYS = [
  'collector-name',
  'collector-address',
  'amicable-collection-statement',
  'creditor-name',
  'creditor-address',
  'legal-basis',
  'amount-principal',
  'amount-interest',
  'amount-other-accessories',
  'payment-instructions',
  'copy-l111-8-paragraphs-2-3',
];

const FR_COMMON_SOURCES: PolicySource[] = [
  {
    ruleId: 'first-notice-content',
    url: 'https://www.kohenavocats.fr',
    verified: true,
    basis: 'law',
    citation: 'CPCE R124-4',
    note: 'Collector\'s name, address and amicable-collection statement; creditor\'s name and address; legal basis and amount split into principal, interest, other accessories; how to pay; copy of L111-8 paras 2–3. The mandate (R124-3) is signed before collecting.',
  },
  GDPR_NOTICE_SOURCE,
  {
    ruleId: 'follow-up-content',
    url: 'https://www.kohenavocats.fr',
    verified: true,
    basis: 'law',
    citation: 'CPCE R124-4',
    note: 'Every later step repeats the reference and date of the first letter.',
  },
  {
    ruleId: 'no-field-visits',
    url: HOUSE_RULES_URL,
    verified: false,
    basis: 'assumption',
    note: 'No rule on field visits in our sources: forbidden (stricter reading).',
  },
  mergeSource('One letter per case: each later step must repeat its own first letter\'s reference and date (R124-4), so no merging.'),
];

const CONTACT_HOURS_SOURCE: PolicySource = {
  ruleId: 'contact-hours',
  url: COUNTRY_RULES_URL,
  verified: false,
  basis: 'assumption',
  note: 'No statute found: 08:00–20:00 on working days (Monday–Friday) as the stricter reading; e-mails and SMS alike.',
};

const FR_B2C: CollectionPolicy = definePolicy({
  country: 'FR',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Paris',
  note: 'Platform baseline date: R124-3/-4 and L111-8 were in force long before; no later change encoded.',
  sources: [...FR_COMMON_SOURCES, CONTACT_HOURS_SOURCE],
  contactWindows: [...windowsFor(['PHONE', 'EMAIL', 'SMS'], MON_FRI, '08:00', '20:00', 'contact-hours'), LETTER_WINDOW],
  noContactOnPublicHolidays: true,
  frequencyCaps: B2C_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...R124_4_KEYS, ...GDPR_NOTICE_KEYS],
  followUpContent: ['first-letter-reference', 'first-letter-date'],
  mergeScope: 'none',
});

const FR_B2B: CollectionPolicy = definePolicy({
  country: 'FR',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Paris',
  note: 'Platform baseline date. B2B: EUR 40 per late invoice (D441-5) and the default penalty are charges, not here.',
  sources: [
    ...FR_COMMON_SOURCES,
    { ...LATE_PAYMENT_COMPENSATION_SOURCE, url: 'https://www.legipass.com', citation: 'Code de commerce D441-5' },
  ],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...R124_4_KEYS, 'invoice-reference', 'late-payment-compensation', ...GDPR_NOTICE_KEYS],
  followUpContent: ['first-letter-reference', 'first-letter-date'],
  mergeScope: 'none',
});

export const FR_POLICIES: CollectionPolicy[] = [FR_B2C, FR_B2B];
