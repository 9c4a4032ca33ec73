import { type Money, money, sum } from '../money';
import { type CalendarDate, isCalendarDate, plusDays } from '../plans/calendar-date';
import type { Remittance } from './remittance';
import { FeeInvoiceInvalidError } from './remittance.errors';

export type FeeKind = 'REGISTRATION' | 'COMMISSION' | 'COSTS';

export interface FeeLine {
  readonly kind: FeeKind;
  readonly caseId: string;
  readonly amount: Money;
  readonly description: string;
}

/** The tax on the invoice, computed once on the net total. */
export interface TaxLine {
  readonly rateBp: number;
  readonly base: Money;
  readonly amount: Money;
}

export interface FeeInvoice {
  /** `INV-<creditor short code>-<issue year>-<sequence, 6 digits>`. */
  readonly invoiceNumber: string;
  readonly creditorId: string;
  readonly issueDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly currency: string;
  readonly lines: readonly FeeLine[];
  readonly net: Money;
  readonly tax: TaxLine;
  readonly gross: Money;
}

const SHORT_CODE = /^[A-Z0-9]{1,12}$/;

/** The creditor's part of an invoice number when none is agreed: its id's first 8 letters and digits, upper case. */
export function creditorShortCode(creditorId: string): string {
  return creditorId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toUpperCase();
}

/**
 * The agency's invoice of its fees to a creditor. The caller draws `sequence` from the creditor's
 * gap-free counter (invoice numbers may not skip or repeat, which only the store can promise).
 *
 * Tax is computed on the net total, not per line, and rounded half-up to the minor unit: VAT law
 * asks for commercial rounding, and one rounding per invoice keeps net + tax = gross exact. Pass a
 * `creditorShort` when ids of two creditors could share their first 8 characters.
 */
export function buildFeeInvoice(
  creditorId: string,
  lines: readonly FeeLine[],
  taxRateBp: number,
  issueDate: CalendarDate,
  dueDays: number,
  sequence: number,
  creditorShort: string = creditorShortCode(creditorId),
): FeeInvoice {
  const invalid = (reason: string) => new FeeInvoiceInvalidError(creditorId, reason);
  if (!creditorId) throw invalid('a creditor id is required');
  if (!SHORT_CODE.test(creditorShort)) throw invalid(`short code ${creditorShort} must be 1 to 12 upper-case letters or digits`);
  if (lines.length === 0) throw invalid('an invoice has at least one line');
  if (!Number.isInteger(taxRateBp) || taxRateBp < 0 || taxRateBp > 10_000) throw invalid(`tax rate ${taxRateBp} bp is not between 0 and 10000`);
  if (!isCalendarDate(issueDate)) throw invalid(`issue date ${issueDate} is not YYYY-MM-DD`);
  if (!Number.isInteger(dueDays) || dueDays < 0) throw invalid(`due days must be a whole number ≥ 0, not ${dueDays}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw invalid(`sequence ${sequence} is not between 1 and 999999`);
  const currency = lines[0].amount.currency;
  for (const line of lines) {
    if (line.amount.currency !== currency) throw invalid(`lines in ${currency} and ${line.amount.currency}`);
    if (line.amount.amountMinor <= 0n) throw invalid(`${line.kind} line of case ${line.caseId} must be positive`);
    if (!line.description.trim()) throw invalid(`${line.kind} line of case ${line.caseId} needs a description`);
  }
  const net = sum(currency, lines.map((l) => l.amount));
  const tax = money((net.amountMinor * BigInt(taxRateBp) + 5_000n) / 10_000n, currency);
  return {
    invoiceNumber: `INV-${creditorShort}-${issueDate.slice(0, 4)}-${String(sequence).padStart(6, '0')}`,
    creditorId,
    issueDate,
    dueDate: plusDays(issueDate, dueDays),
    currency,
    lines,
    net,
    tax: { rateBp: taxRateBp, base: net, amount: tax },
    gross: money(net.amountMinor + tax.amountMinor, currency),
  };
}

/** Commission on payments the creditor received directly, as invoice lines. */
export function directPaymentFeeLines(remittance: Remittance): FeeLine[] {
  return remittance.commissionToInvoice.lines
    .filter((l) => l.commission.amountMinor > 0n)
    .map((l) => ({ kind: 'COMMISSION', caseId: l.caseId, amount: l.commission, description: `Commission on direct payment ${l.paymentId}` }));
}
