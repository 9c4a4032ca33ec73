import { allocate, type AllocationOrder, type AllocationResult, type Outstanding } from '../allocation';
import { sum, type Money } from '../money';
import { credit, debit, journalEntry, type EntryHeader, type JournalEntry, type Leg } from './journal-entry';
import { LedgerInputInvalidError } from './ledger.errors';

export interface ReceiptBooking {
  readonly payment: Money;
  readonly order: AllocationOrder;
  /** Where the money is: arriving on the agency's account now, parked in suspense before, or with the creditor (reported). */
  readonly fundedFrom: 'CLEARING' | 'SUSPENSE' | 'CREDITOR';
}

/**
 * The legs of a receipt split over what is owed: each part comes off the receivable and, now
 * collected, off the creditor's claim. Money the agency holds becomes owed to the creditor, the
 * excess owed back to the debtor. Money the creditor received itself moves no cash: only the debt
 * shrinks, by no more than is owed (the excess is between the creditor and the debtor).
 *
 * Built from the balance as it stands (`outstanding`), so booking a receipt does not need the
 * case's whole history; the caller keeps that balance in step with the postings, and the
 * consistency check proves it.
 */
export function receiptEntry(outstanding: Outstanding, header: EntryHeader, { payment, order, fundedFrom }: ReceiptBooking): { entry: JournalEntry; allocation: AllocationResult } {
  if (payment.amountMinor <= 0n) throw new LedgerInputInvalidError(`a payment of ${payment.amountMinor} minor units`);
  if (payment.currency !== outstanding.principal.currency) throw new LedgerInputInvalidError(`a payment in ${payment.currency} on a case in ${outstanding.principal.currency}`);
  const allocation = allocate(payment, outstanding, order);
  const legs: Leg[] = [];
  for (const part of allocation.parts) {
    const invoice = outstanding.invoices.find((i) => i.number === part.invoiceNumber);
    const tags = { component: part.component, ...(invoice ? { invoice: { number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate } } : {}) };
    legs.push(credit('RECEIVABLE', part.amount, tags), debit('CREDITOR_CLAIM', part.amount, tags));
  }
  if (fundedFrom === 'CREDITOR') return { entry: journalEntry(header, 'DIRECT_PAYMENT', legs), allocation };
  legs.unshift(debit(fundedFrom, payment));
  legs.push(credit('CREDITOR_PAYABLE', sum(payment.currency, allocation.parts.map((p) => p.amount))));
  legs.push(credit('REFUND_LIABILITY', allocation.refund));
  return { entry: journalEntry(header, 'PAYMENT_ALLOCATED', legs), allocation };
}
