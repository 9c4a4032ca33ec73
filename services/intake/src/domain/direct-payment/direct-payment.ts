import { isCalendarDate } from '../shared/calendar-date';
import { fieldError, type FieldError } from '../shared/field-error';

/** Creditors must report a payment the debtor made to them directly within this time. */
export const DIRECT_PAYMENT_REPORTING_HOURS = 48;

/** A payment the debtor made to the creditor instead of the agency. */
export interface DirectPayment {
  amountMinor: bigint;
  currency: string;
  /** Calendar date the creditor received it. */
  receivedOn: string;
  /** The creditor's reference for the payment: the same reference is the same payment. */
  reference: string;
  /** The agency's request this answers (InformationRequested, topic DIRECT_PAYMENT), when it asked. */
  inReplyTo?: string;
}

export function checkDirectPayment(payment: DirectPayment, caseCurrency: string, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (payment.amountMinor <= 0n) problems.push(fieldError('amountMinor', 'AMOUNT_NOT_POSITIVE', 'must be greater than zero'));
  if (payment.currency !== caseCurrency) problems.push(fieldError('currency', 'CURRENCY_MISMATCH', 'must be the currency of the case'));
  if (!isCalendarDate(payment.receivedOn)) problems.push(fieldError('receivedOn', 'INVALID_DATE', 'must be a date YYYY-MM-DD'));
  else if (payment.receivedOn > today) problems.push(fieldError('receivedOn', 'IN_FUTURE', 'must not be after today'));
  if (!payment.reference.trim()) problems.push(fieldError('reference', 'REQUIRED', 'is required: it keeps one payment from being counted twice'));
  return problems;
}

/**
 * Whether the report came later than the 48 hours the creditor has. The receipt is known to the
 * day only, so the 48 hours run from the end of that day (UTC): the creditor gets the benefit of the doubt.
 */
export function isReportedLate(receivedOn: string, reportedAt: Date): boolean {
  const endOfReceiptDay = Date.parse(`${receivedOn}T00:00:00Z`) + 24 * 3_600_000;
  return reportedAt.getTime() > endOfReceiptDay + DIRECT_PAYMENT_REPORTING_HOURS * 3_600_000;
}
