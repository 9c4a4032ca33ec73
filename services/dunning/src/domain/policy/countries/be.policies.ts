import type { CollectionPolicy, PolicySource } from '../collection-policy';
import { B2B_FIRST_NOTICE_KEYS, B2B_FIRST_NOTICE_SOURCE, GDPR_NOTICE_KEYS, GDPR_NOTICE_SOURCE, LATE_PAYMENT_COMPENSATION_SOURCE, mergeSource } from '../common-sources';
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
  MON_SAT,
  VISIT_CAP,
  windowsFor,
} from '../house-rules';

/** Belgium: consumer debts under the Code of Economic Law (CEL) Book XIX, in force 1 September 2023. */

const BE_B2C_SOURCES: PolicySource[] = [
  {
    ruleId: 'phone-hours',
    url: 'https://www.etudesolva.be',
    verified: false,
    basis: 'law',
    citation: 'Law of 20 Dec 2002 (hours), now under CEL Book VI unfair practices',
    note: 'No calls 22:00–08:00, kept from the 2002 law (verify). Sundays excluded: house, stricter.',
  },
  { ruleId: 'phone-hours', url: 'https://economie.fgov.be', verified: false, basis: 'law', note: 'FPS Economy on amicable collection (verify).' },
  {
    ruleId: 'visit-hours',
    url: 'https://www.fiscosearch.be',
    verified: true,
    basis: 'law',
    citation: 'CEL art. XIX.10',
    note: 'No home visits 22:00–08:00; at the start the debtor receives a document saying the visit may be refused. Sundays excluded: house.',
  },
  {
    ruleId: 'wait-after-first-reminder',
    url: 'https://www.lex4u.com',
    verified: true,
    basis: 'law',
    citation: 'CEL art. XIX.2',
    note:
      '≥ 14 calendar days from the 3rd working day after posting, or from the day after sending by e-mail, before damages or interest. ' +
      'Stricter readings: the 3rd working day itself is not counted (the step is lawful on the 15th day after it), and every next step waits, not only the charges.',
  },
  { ruleId: 'wait-after-first-reminder', url: 'https://www.lexnow.io', verified: true, basis: 'law', citation: 'CEL art. XIX.2' },
  { ruleId: 'wait-after-first-reminder', url: 'https://latribune.avocats.be', verified: true, basis: 'law', citation: 'CEL art. XIX.2' },
  {
    ruleId: 'wait-after-formal-notice',
    url: 'https://economie.fgov.be',
    verified: true,
    basis: 'law',
    citation: 'CEL art. XIX.7',
    note: 'The collector\'s formal notice opens third-party amicable collection: ≥ 15 days before any further step.',
  },
  { ruleId: 'wait-after-formal-notice', url: 'https://www.e2.law', verified: true, basis: 'law', citation: 'CEL art. XIX.7' },
  {
    ruleId: 'wait-after-formal-notice',
    url: HOUSE_RULES_URL,
    verified: false,
    basis: 'assumption',
    note: 'Start of the 15 days not given in our sources: counted like the first reminder, after assumed receipt on the 3rd working day after posting.',
  },
  {
    ruleId: 'first-notice-content',
    url: 'https://www.amboslaw.be',
    verified: true,
    basis: 'law',
    citation: 'CEL art. XIX.2',
    note: 'Amount due and the damages that will apply; creditor name and enterprise number; product or service; due date; the ≥ 14-day period.',
  },
  { ruleId: 'first-notice-content', url: 'https://www.lexnow.io', verified: true, basis: 'law', citation: 'CEL art. XIX.2' },
  GDPR_NOTICE_SOURCE,
  {
    ruleId: 'formal-notice-content',
    url: 'https://economie.fgov.be',
    verified: false,
    basis: 'law',
    citation: 'CEL art. XIX.7 §2',
    note: 'Identity of creditor and collector, justification of the amounts, statement that this is amicable, not judicial (full list: verify).',
  },
  {
    ruleId: 'prohibitions',
    url: 'https://economie.fgov.be',
    verified: true,
    basis: 'law',
    note: '"Recouvrement interdit": collecting from anyone but the debtor (Book XIX); revealing envelopes, contacting neighbours, family or employer, look-alike court documents (Book VI).',
  },
  mergeSource('No rule found on merging: a letter may cover several cases of the same creditor, each keeping its full first-reminder content; never across creditors.'),
];

const BE_B2C: CollectionPolicy = definePolicy({
  country: 'BE',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2023-09-01',
  defaultTimeZone: 'Europe/Brussels',
  note: 'CEL Book XIX (consumer debts) in force 1 Sept 2023, replacing the law of 20 Dec 2002.',
  sources: BE_B2C_SOURCES,
  contactWindows: [
    ...windowsFor(['PHONE'], MON_SAT, '08:00', '22:00', 'phone-hours'),
    ...windowsFor(['VISIT'], MON_SAT, '08:00', '22:00', 'visit-hours'),
    ...windowsFor(['EMAIL', 'SMS'], MON_SAT, '08:00', '22:00', 'electronic-hours'),
    LETTER_WINDOW,
  ],
  noContactOnPublicHolidays: true,
  frequencyCaps: [...B2C_CAPS, VISIT_CAP],
  forbiddenSteps: [],
  waitingPeriods: [
    {
      before: EVERY_STEP,
      after: 'LETTER',
      orAfter: ['EMAIL'],
      occurrence: 'first',
      days: 14,
      unit: 'calendar',
      receipt: { LETTER: { days: 3, unit: 'business' } },
      ruleId: 'wait-after-first-reminder',
    },
    {
      before: EVERY_STEP,
      after: 'FORMAL_NOTICE',
      occurrence: 'first',
      days: 15,
      unit: 'calendar',
      receipt: { LETTER: { days: 3, unit: 'business' } },
      ruleId: 'wait-after-formal-notice',
    },
  ],
  firstNoticeContent: ['creditor-name', 'enterprise-number', 'product-or-service', 'due-date', 'amount-due', 'damages-warning', 'wait-14-days', ...GDPR_NOTICE_KEYS],
  formalNoticeContent: ['collector-identity', 'creditor-identity', 'amounts-justification', 'amicable-not-judicial-statement'],
  mergeScope: 'same-creditor',
  prohibitions: [
    'collect-from-anyone-but-the-debtor',
    'envelope-revealing-debt-collection',
    'contact-neighbours-family-or-employer',
    'look-alike-court-bailiff-or-lawyer-documents',
  ],
});

const BE_B2B: CollectionPolicy = definePolicy({
  country: 'BE',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2024-01-01',
  defaultTimeZone: 'Europe/Brussels',
  note: 'Platform baseline date. Book XIX protects consumers only: business debts follow house rules and the law of 2 Aug 2002 on late payment (charges).',
  sources: [
    {
      ruleId: 'business-visit-hours',
      url: HOUSE_RULES_URL,
      verified: false,
      basis: 'house',
      note: 'Visits to business premises in business hours only; no statute found for businesses.',
    },
    B2B_FIRST_NOTICE_SOURCE,
    LATE_PAYMENT_COMPENSATION_SOURCE,
    GDPR_NOTICE_SOURCE,
    mergeSource('A letter may cover several cases of the same creditor; never across creditors.'),
  ],
  contactWindows: [...B2B_WINDOWS, ...windowsFor(['VISIT'], MON_FRI, '09:00', '17:00', 'business-visit-hours')],
  noContactOnPublicHolidays: true,
  frequencyCaps: [...B2B_CAPS, VISIT_CAP],
  forbiddenSteps: [],
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, HOUSE_WAIT_AFTER_FORMAL_NOTICE],
  firstNoticeContent: [...B2B_FIRST_NOTICE_KEYS, 'enterprise-number', 'late-payment-compensation', ...GDPR_NOTICE_KEYS],
  mergeScope: 'same-creditor',
});

export const BE_POLICIES: CollectionPolicy[] = [BE_B2C, BE_B2B];
