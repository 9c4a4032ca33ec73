import type { CollectionPolicy, PolicySource, WaitingPeriod } from '../collection-policy';
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
  COUNTRY_RULES_URL,
  HOUSE_LETTER_RECEIPT,
  HOUSE_RULES_URL,
  HOUSE_WAIT_AFTER_REMINDER,
  LETTER_WINDOW,
  MON_FRI,
  windowsFor,
} from '../house-rules';

/** Spain: since 3 April 2025 (LO 1/2025) a documented negotiation attempt must precede a lawsuit. */

/** The formal notice doubles as the LO 1/2025 negotiation request: 30 days after receipt before the evaluation (court). */
const NEGOTIATION_WAIT: WaitingPeriod = {
  before: ['EVALUATION'],
  after: 'FORMAL_NOTICE',
  occurrence: 'each',
  days: 30,
  unit: 'calendar',
  receipt: HOUSE_LETTER_RECEIPT,
  ruleId: 'negotiation-before-suing',
};

const ES_COMMON_SOURCES: PolicySource[] = [
  {
    ruleId: 'negotiation-before-suing',
    url: 'https://www.pochabogados.com',
    verified: false,
    basis: 'law',
    citation: 'LO 1/2025 (MASC), in force 3 Apr 2025',
    note: 'A documented negotiation attempt is required before suing: the formal notice is the request, and the evaluation waits 30 calendar days after its receipt (period: verify). The amicable phase keeps the record.',
  },
  {
    ruleId: 'formal-notice-content',
    url: 'https://www.pochabogados.com',
    verified: false,
    basis: 'assumption',
    citation: 'LO 1/2025',
    note: 'The negotiation request identifies the parties and the claim and proposes a negotiation (content: verify).',
  },
  {
    ruleId: 'first-notice-content',
    url: 'https://www.ac-abogados.es',
    verified: true,
    basis: 'law',
    citation: 'LOPDGDD art. 20',
    note: 'Only certain, due, undisputed debts go to a debtor register, and the debtor is told beforehand: the notice warns of it.',
  },
  GDPR_NOTICE_SOURCE,
  { ruleId: 'no-field-visits', url: HOUSE_RULES_URL, verified: false, basis: 'assumption', note: 'No rule on field visits in our sources: forbidden (stricter reading).' },
  mergeSource('No rule found on merging: several cases of the same creditor may share a letter; never across creditors.'),
];

const FORMAL_NOTICE_KEYS = ['negotiation-request', 'creditor-identity', 'debtor-identity', 'claim-description', 'amount-due'];

const ES_B2C: CollectionPolicy = definePolicy({
  country: 'ES',
  debtorKind: 'B2C',
  version: 1,
  effectiveFrom: '2025-04-03',
  defaultTimeZone: 'Europe/Madrid',
  note: 'Starts with LO 1/2025 (negotiation before suing).',
  sources: [
    ...ES_COMMON_SOURCES,
    {
      ruleId: 'contact-hours',
      url: COUNTRY_RULES_URL,
      verified: false,
      basis: 'assumption',
      note: 'No statute found: 09:00–21:00 on working days (Monday–Friday); e-mails and SMS alike.',
    },
  ],
  contactWindows: [...windowsFor(['PHONE', 'EMAIL', 'SMS'], MON_FRI, '09:00', '21:00', 'contact-hours'), LETTER_WINDOW],
  noContactOnPublicHolidays: true,
  frequencyCaps: B2C_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, NEGOTIATION_WAIT],
  firstNoticeContent: ['creditor-name', 'amount-due', 'due-date', 'payment-instructions', 'debtor-register-warning', ...GDPR_NOTICE_KEYS],
  formalNoticeContent: FORMAL_NOTICE_KEYS,
  mergeScope: 'same-creditor',
});

const ES_B2B: CollectionPolicy = definePolicy({
  country: 'ES',
  debtorKind: 'B2B',
  version: 1,
  effectiveFrom: '2025-04-03',
  defaultTimeZone: 'Europe/Madrid',
  note: 'Starts with LO 1/2025 (negotiation before suing). EUR 40 per late invoice (Ley 3/2004 art. 8) is a charge.',
  sources: [...ES_COMMON_SOURCES, B2B_FIRST_NOTICE_SOURCE, { ...LATE_PAYMENT_COMPENSATION_SOURCE, url: 'https://www.supercontable.com', citation: 'Ley 3/2004 art. 8' }],
  contactWindows: B2B_WINDOWS,
  noContactOnPublicHolidays: true,
  frequencyCaps: B2B_CAPS,
  forbiddenSteps: ['VISIT'],
  forbiddenBecause: { VISIT: 'no-field-visits' },
  waitingPeriods: [HOUSE_WAIT_AFTER_REMINDER, NEGOTIATION_WAIT],
  firstNoticeContent: [...B2B_FIRST_NOTICE_KEYS, 'late-payment-compensation', 'debtor-register-warning', ...GDPR_NOTICE_KEYS],
  formalNoticeContent: FORMAL_NOTICE_KEYS,
  mergeScope: 'same-creditor',
});

export const ES_POLICIES: CollectionPolicy[] = [ES_B2C, ES_B2B];
