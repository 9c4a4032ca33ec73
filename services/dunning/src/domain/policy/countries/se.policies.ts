import type { CollectionPolicy, PolicySource, WaitingPeriod } from '../collection-policy';
import {
  B2B_FIRST_NOTICE_KEYS,
  B2B_FIRST_NOTICE_SOURCE,
  GDPR_NOTICE_KEYS,
  GDPR_NOTICE_SOURCE,
  mergeSource,
} from '../common-sources';
import { definePolicy } from '../define-policy';
import { B2B_CAPS, B2B_WINDOWS, B2C_CAPS, EVERY_STEP, HOUSE_RULES_URL, HOUSE_WAIT_AFTER_FORMAL_NOTICE, LETTER_WINDOW, MON_FRI, windowsFor } from '../house-rules';

/**
 * Sweden: after a collection demand (inkassokrav) the debtor has ≥ 8 days from sending and ≥ 4 bank
 * days after assumed receipt to pay, and nothing else happens before (IMY, Svensk Inkasso).
 */

/** Every written demand (letter, formal notice, e-mail) gives its own time to pay; the latest binds. */
const DEMAND_ANCHORS: Pick<WaitingPeriod, 'after' | 'orAfter' | 'occurrence' | 'before'> = {
  before: EVERY_STEP,
  after: 'LETTER',
  orAfter: ['FORMAL_NOTICE', 'EMAIL'],
  occurrence: 'each',
};

const SE_WAITS: WaitingPeriod[] = [
  { ...DEMAND_ANCHORS, days: 8, unit: 'calendar', ruleId: 'time-to-pay-8-days' },
  { ...DEMAND_ANCHORS, days: 4, unit: 'bank', receipt: { LETTER: { days: 3, unit: 'bank' } }, ruleId: 'time-to-pay-4-bank-days' },
];

const SE_COMMON_SOURCES: PolicySource[] = [
  {
    ruleId: 'time-to-pay-8-days',
    url: 'https://www.imy.se',
    verified: true,
    basis: 'law',
    citation: 'Inkassolagen (1974:182) 5 §; IMY guidance',
    note: '≥ 8 days from sending the collection demand; no further step before. We treat every letter, e-mail and formal notice as a demand (stricter).',
  },
  { ruleId: 'time-to-pay-8-days', url: 'https://www.svenskinkasso.se', verified: true, basis: 'law' },
  {
    ruleId: 'time-to-pay-4-bank-days',
    url: 'https://www.imy.se',
    verified: true,
    basis: 'law',
    citation: 'IMY guidance on collection demands',
    note: '≥ 4 bank days after assumed receipt; no further step before.',
  },
  {
    ruleId: 'time-to-pay-4-bank-days',
    url: HOUSE_RULES_URL,
    verified: false,
    basis: 'assumption',
    note: 'Assumed receipt not given in our sources: a letter on the 3rd bank day after posting (PostNord delivers every other day), an e-mail on the day sent.',
  },
  {
    ruleId: 'first-notice-content',
    url: 'https://www.imy.se',
    verified: false,
    basis: 'assumption',
    citation: 'Inkassolagen 5 §',
    note: 'Creditor, the claim and its basis, the amount, the time to pay, what happens otherwise, and how to object (list not in COUNTRY-RULES: verify).',
  },
  { ruleId: 'no-field-visits', url: HOUSE_RULES_URL, verified: false, basis: 'house', note: 'Field visits are not in our sources for SE: forbidden (stricter reading).' },
  GDPR_NOTICE_SOURCE,
  mergeSource('No rule found on merging: several cases of the same creditor may share a demand, each claim stated; never across creditors.'),
];

const SE_DEMAND_KEYS = ['creditor-name', 'claim-basis', 'amount-due', 'payment-deadline', 'consequences-of-non-payment', 'dispute-instructions', 'payment-instructions'];

const SE_B2C: CollectionPolicy = definePolicy({
  country: 'SE',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Stockholm',
  note: 'Platform baseline date. Bank days exclude the "bank" holidays (midsommarafton, julafton, nyårsafton).',
  sources: [
    ...SE_COMMON_SOURCES,
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
  waitingPeriods: [...SE_WAITS, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...SE_DEMAND_KEYS, ...GDPR_NOTICE_KEYS],
  mergeScope: 'same-creditor',
});

const SE_B2B: CollectionPolicy = definePolicy({
  country: 'SE',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Stockholm',
  note: 'Platform baseline date. The time to pay after a demand applies to businesses too (Inkassolagen covers every debtor; verify). SEK 450 late fee is a charge.',
  sources: [
    ...SE_COMMON_SOURCES,
    B2B_FIRST_NOTICE_SOURCE,
    {
      ruleId: 'first-notice-content',
      url: 'https://www.kredinor.se',
      verified: true,
      basis: 'law',
      note: 'B2B late fee SEK 450 instead of reminder and collection fees (the Late Payment Directive in SE): stated when claimed (house: always).',
    },
  ],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [...SE_WAITS, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...new Set([...B2B_FIRST_NOTICE_KEYS, ...SE_DEMAND_KEYS, 'late-payment-compensation', ...GDPR_NOTICE_KEYS])],
  mergeScope: 'same-creditor',
});

export const SE_POLICIES: CollectionPolicy[] = [SE_B2C, SE_B2B];
