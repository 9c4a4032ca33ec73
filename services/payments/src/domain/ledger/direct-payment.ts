import type { AllocationOrder, AllocationResult } from '../allocation';
import type { Money } from '../money';
import { balanceOf } from './balance';
import { assertEntryIdFree, isReversed, openedCaseCurrency } from './case-ledger';
import type { EntryHeader, JournalEntry, Posting } from './journal-entry';
import { receiptEntry } from './receipt-entry';
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

  return receiptEntry(balanceOf(ledger, currency), header, { payment, order, fundedFrom: 'CREDITOR' });
}
