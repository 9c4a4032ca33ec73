import { allocate, type AllocationOrder, type AllocationResult } from '../allocation';
import type { Money } from '../money';
import { balanceOf } from './balance';
import { assertEntryIdFree, isReversed, openedCaseCurrency } from './case-ledger';
import { credit, debit, journalEntry, type EntryHeader, type JournalEntry, type Leg, type Posting } from './journal-entry';
import { LedgerInputInvalidError, PaymentAlreadyAllocatedError } from './ledger.errors';

/**
 * The debtor paid the creditor, who reported it (DirectPaymentReported): the debt shrinks in the
 * country's order like any payment, but no money reached the agency, so nothing enters clearing and
 * nothing is owed to the creditor. What was paid beyond the balance is the creditor's to settle with
 * the debtor: only the balance is taken off (`allocation.refund` says how much was beyond it).
 */
export function directPaymentEntry(ledger: readonly Posting[], header: EntryHeader, payment: Money, order: AllocationOrder): { entry: JournalEntry; allocation: AllocationResult } {
  const currency = openedCaseCurrency(ledger, header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  if (payment.amountMinor <= 0n) throw new LedgerInputInvalidError(`a direct payment of ${payment.amountMinor} minor units`);
  if (payment.currency !== currency) throw new LedgerInputInvalidError(`a direct payment in ${payment.currency} on a case in ${currency}`);
  if (ledger.some((p) => p.kind === 'DIRECT_PAYMENT' && p.source === header.source && !isReversed(ledger, p.entryId))) throw new PaymentAlreadyAllocatedError(header.source);

  const balance = balanceOf(ledger, currency);
  const allocation = allocate(payment, balance, order);
  const legs: Leg[] = [];
  for (const part of allocation.parts) {
    const invoice = balance.invoices.find((i) => i.number === part.invoiceNumber);
    const tags = { component: part.component, ...(invoice ? { invoice: { number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate } } : {}) };
    legs.push(credit('RECEIVABLE', part.amount, tags), debit('CREDITOR_CLAIM', part.amount, tags));
  }
  return { entry: journalEntry(header, 'DIRECT_PAYMENT', legs), allocation };
}
