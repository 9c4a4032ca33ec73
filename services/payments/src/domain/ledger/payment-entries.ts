import type { AllocationOrder, AllocationResult } from '../allocation';
import type { Money } from '../money';
import { balanceOf } from './balance';
import { assertEntryIdFree, creditBalance, isReversed, openedCaseCurrency } from './case-ledger';
import { credit, debit, journalEntry, type EntryHeader, type JournalEntry, type Posting } from './journal-entry';
import { receiptEntry } from './receipt-entry';
import { AccountBalanceInsufficientError, LedgerInputInvalidError, PaymentAlreadyAllocatedError } from './ledger.errors';

/**
 * Money received for the case that is not allocated yet (a payment held while a dispute runs,
 * or matched to the case but not to a debt). It waits in suspense, never in the receivable.
 */
export function paymentSuspendedEntry(ledger: readonly Posting[], header: EntryHeader, payment: Money): JournalEntry {
  assertPayment(ledger, header, payment);
  return journalEntry(header, 'PAYMENT_SUSPENDED', [debit('CLEARING', payment), credit('SUSPENSE', payment)]);
}

export interface PaymentAllocation {
  readonly payment: Money;
  readonly order: AllocationOrder;
  /** CLEARING for money that arrives now; SUSPENSE for money parked earlier. */
  readonly fundedFrom: 'CLEARING' | 'SUSPENSE';
}

/**
 * A receipt split over the balance: each part comes off the receivable and, now collected,
 * moves from the creditor's claim to what we owe the creditor. The excess is owed back to the
 * debtor. `header.source` is the payment id, so the same payment is never allocated twice.
 */
export function paymentAllocatedEntry(
  ledger: readonly Posting[],
  header: EntryHeader,
  { payment, order, fundedFrom }: PaymentAllocation,
): { entry: JournalEntry; allocation: AllocationResult } {
  const currency = assertPayment(ledger, header, payment);
  const earlier = ledger.find((p) => p.kind === 'PAYMENT_ALLOCATED' && p.source === header.source && !isReversed(ledger, p.entryId));
  if (earlier) throw new PaymentAlreadyAllocatedError(header.source);
  if (fundedFrom === 'SUSPENSE' && creditBalance(ledger, 'SUSPENSE', currency).amountMinor < payment.amountMinor) {
    throw new AccountBalanceInsufficientError(`suspense on case ${header.caseId} holds less than ${payment.amountMinor} minor units`);
  }

  return receiptEntry(balanceOf(ledger, currency), header, { payment, order, fundedFrom });
}

function assertPayment(ledger: readonly Posting[], header: EntryHeader, payment: Money): string {
  const currency = openedCaseCurrency(ledger, header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  if (payment.amountMinor <= 0n) throw new LedgerInputInvalidError(`a payment of ${payment.amountMinor} minor units`);
  if (payment.currency !== currency) throw new LedgerInputInvalidError(`a payment in ${payment.currency} on a case in ${currency}`);
  return currency;
}
