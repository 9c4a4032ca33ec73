/**
 * What notifications writes: a kind of message, in a language, for a country (the law words some
 * letters), on a channel, filled from one context. Templates (domain/templates) give the words;
 * letters (domain/letters) lay them out on paper.
 */

export const MESSAGE_KINDS = [
  'FIRST_REMINDER',
  'SECOND_REMINDER',
  'PAYMENT_REMINDER', // a short nudge with the payment link (SMS, e-mail)
  'FORMAL_NOTICE',
  'PLAN_BREACH',
  'PAYMENT_PLAN_CONFIRMATION',
  'INSTALMENT_REMINDER',
  'PAYMENT_RECEIPT',
  'SETTLEMENT_CONFIRMATION',
  'CLOSURE',
  // to the creditor
  'CREDITOR_INFORMATION_REQUEST',
  'CREDITOR_RECOMMENDATION',
  'CREDITOR_APPROVAL_REQUEST',
  'CREDITOR_REMITTANCE',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** ISO 639-1; every template exists in each (a missing one fails at start-up). */
export const LANGUAGES = ['fr', 'nl', 'de', 'en', 'es', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageChannel = 'letter' | 'email' | 'sms';

export interface Money {
  amountMinor: bigint;
  currency: string;
}

/** One case's statement of account, as the letter shows it. */
export interface CaseStatement {
  caseId: string;
  creditorReference: string;
  /** The structured payment reference the debtor pays this case with (BE `+++…+++` or ISO 11649 RF…). */
  paymentReference: string;
  invoices: Array<{ number: string; issueDate: string; dueDate: string; amount: Money }>;
  principal: Money;
  interest: Money;
  costs: Money;
  charges: Money;
  paid: Money;
  balance: Money;
}

export interface PostalAddressLines {
  name: string;
  lines: string[];
  postalCode: string;
  locality: string;
  country: string;
}

/** Everything a template or a letter may show. Dates are calendar dates `YYYY-MM-DD`. */
export interface MessageContext {
  agency: { name: string; address: PostalAddressLines; phone: string; email: string; website: string; iban: string; bic: string; enterpriseNumber: string };
  creditor: { name: string; enterpriseNumber?: string; address?: PostalAddressLines };
  debtor: { name: string; address?: PostalAddressLines; kind: 'person' | 'company' };
  /** One statement per case; a letter merged for a debtor's several cases has several. */
  statements: CaseStatement[];
  totalDue: Money;
  /** The date the debtor is asked to pay or answer by. */
  respondBy?: string;
  /** Today, from the clock. */
  today: string;
  /** The agency's reference of this message (action id), repeated on later steps where the law asks it. */
  reference: string;
  /** Payment link for e-mails and SMS. */
  paymentUrl?: string;
  /** Creditor-facing messages: what is asked or recommended, in the agency's words. */
  subjectLine?: string;
  body?: string;
  /** A remittance notice: what was collected on each case, what the agency kept and what it paid out. */
  remittance?: RemittanceNotice;
}

/** One payout to a creditor (from RemittanceIssued): per line and in total, paidOut = collected - commission - costs. */
export interface RemittanceNotice {
  remittanceId: string;
  paidOn: string;
  lines: Array<{ caseId: string; creditorReference: string; collected: Money; commission: Money; costs: Money; paidOut: Money }>;
  collected: Money;
  commission: Money;
  costs: Money;
  paidOut: Money;
}
