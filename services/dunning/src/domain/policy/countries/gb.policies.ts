import type { CollectionPolicy, PolicySource } from '../collection-policy';
import { B2B_FIRST_NOTICE_KEYS, B2B_FIRST_NOTICE_SOURCE, GDPR_NOTICE_KEYS, GDPR_NOTICE_SOURCE, mergeSource } from '../common-sources';
import { definePolicy } from '../define-policy';
import {
  B2B_CAPS,
  B2B_WINDOWS,
  B2C_CAPS,
  COUNTRY_RULES_URL,
  HOUSE_LETTER_RECEIPT,
  HOUSE_RULES_URL,
  HOUSE_WAIT_AFTER_FORMAL_NOTICE,
  HOUSE_WAIT_AFTER_REMINDER,
  LETTER_WINDOW,
  MON_SAT,
  windowsFor,
} from '../house-rules';

/** United Kingdom: FCA CONC 7 for consumer credit debts; the Pre-Action Protocol for Debt Claims (1 Oct 2017). */

const CONC_7_9 = 'https://www.handbook.fca.org.uk/handbook/CONC/7/9.html';

const GB_COMMON_SOURCES: PolicySource[] = [
  GDPR_NOTICE_SOURCE,
  { ruleId: 'no-field-visits', url: HOUSE_RULES_URL, verified: false, basis: 'house', note: 'Visits only by arrangement under CONC; we do not run them in GB (stricter reading).' },
  mergeSource('No rule found on merging: several cases of the same creditor may share a letter; never across creditors (no disclosure to third parties, CONC 7.9).'),
];

const GB_B2C: CollectionPolicy = definePolicy({
  country: 'GB',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2017-10-01',
  defaultTimeZone: 'Europe/London',
  note: 'Starts with the Pre-Action Protocol for Debt Claims. Disputes suspend recovery (CONC 7.14) and limitation (CONC 7.15) are handled by the case, not the guard.',
  sources: [
    ...GB_COMMON_SOURCES,
    {
      ruleId: 'contact-hours',
      url: CONC_7_9,
      verified: true,
      basis: 'law',
      citation: 'CONC 7.9',
      note: 'No contact at unreasonable times; honour the customer\'s time, place and channel requests.',
    },
    {
      ruleId: 'contact-hours',
      url: COUNTRY_RULES_URL,
      verified: false,
      basis: 'assumption',
      note: 'CONC sets no hours: 08:00–21:00; Sundays excluded (house, stricter); e-mails and SMS alike.',
    },
    {
      ruleId: 'pre-action-letter-of-claim',
      url: 'https://www.cpa.co.uk',
      verified: true,
      basis: 'law',
      citation: 'Pre-Action Protocol for Debt Claims',
      note: 'Letter of claim (our formal notice) ≥ 30 days before suing: the evaluation waits. Receipt assumed on the 2nd business day after posting (CPR 6.26 deemed service; assumption).',
    },
    { ruleId: 'pre-action-letter-of-claim', url: 'https://www.lexology.com', verified: true, basis: 'law' },
    {
      ruleId: 'formal-notice-content',
      url: 'https://www.cpa.co.uk',
      verified: true,
      basis: 'law',
      citation: 'Pre-Action Protocol for Debt Claims',
      note: 'Letter of claim with statement of account, information sheet, reply form and financial statement.',
    },
    {
      ruleId: 'first-notice-content',
      url: HOUSE_RULES_URL,
      verified: false,
      basis: 'house',
      note: 'CONC content of a first reminder is not in our sources: creditor, amount, how to pay, and where to find free debt advice.',
    },
    { ruleId: 'prohibitions', url: CONC_7_9, verified: true, basis: 'law', citation: 'CONC 7.9, 7.14', note: 'No disclosure to third parties; recovery suspended on a possibly valid dispute.' },
  ],
  contactWindows: [...windowsFor(['PHONE', 'EMAIL', 'SMS'], MON_SAT, '08:00', '21:00', 'contact-hours'), LETTER_WINDOW],
  noContactOnPublicHolidays: true,
  frequencyCaps: B2C_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [
    HOUSE_WAIT_AFTER_REMINDER,
    {
      before: ['EVALUATION'],
      after: 'FORMAL_NOTICE',
      occurrence: 'each',
      days: 30,
      unit: 'calendar',
      receipt: HOUSE_LETTER_RECEIPT,
      ruleId: 'pre-action-letter-of-claim',
    },
  ],
  firstNoticeContent: ['creditor-name', 'amount-due', 'payment-instructions', 'free-debt-advice', ...GDPR_NOTICE_KEYS],
  formalNoticeContent: ['statement-of-account', 'information-sheet', 'reply-form', 'financial-statement'],
  mergeScope: 'same-creditor',
  prohibitions: ['third-party-disclosure', 'recovery-during-possibly-valid-dispute', 'ignore-customer-contact-requests'],
});

const GB_B2B: CollectionPolicy = definePolicy({
  country: 'GB',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/London',
  note: 'Platform baseline date. GBP 40/70/100 per invoice and BoE base + 8 points are charges.',
  sources: [
    ...GB_COMMON_SOURCES,
    B2B_FIRST_NOTICE_SOURCE,
    {
      ruleId: 'first-notice-content',
      url: 'https://www.flashbill.co.uk',
      verified: true,
      basis: 'law',
      citation: 'Late Payment of Commercial Debts (Interest) Act 1998',
      note: 'Fixed compensation GBP 40 / 70 / 100 per invoice: stated when claimed (house: always).',
    },
  ],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...B2B_FIRST_NOTICE_KEYS, 'late-payment-compensation', ...GDPR_NOTICE_KEYS],
  mergeScope: 'same-creditor',
});

export const GB_POLICIES: CollectionPolicy[] = [GB_B2C, GB_B2B];
