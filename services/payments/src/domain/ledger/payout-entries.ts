import { formatMoney, type Money } from '../money';
import type { LedgerAccount } from './account';
import { assertEntryIdFree, creditBalance, openedCaseCurrency } from './case-ledger';
import { credit, debit, journalEntry, type EntryHeader, type EntryKind, type JournalEntry, type Posting } from './journal-entry';
import { AccountBalanceInsufficientError, LedgerInputInvalidError } from './ledger.errors';

/** An overpayment paid back to the debtor, out of the refund liability. */
export function refundPaidEntry(ledger: readonly Posting[], header: EntryHeader, amount: Money): JournalEntry {
  return payOut(ledger, header, amount, 'REFUND_LIABILITY', 'CLEARING', 'REFUND_PAID');
}

/** The agency's commission (and charges it keeps), taken from what is owed to the creditor. */
export function commissionEntry(ledger: readonly Posting[], header: EntryHeader, amount: Money): JournalEntry {
  return payOut(ledger, header, amount, 'CREDITOR_PAYABLE', 'COMMISSION', 'COMMISSION');
}

/** This case's line of a remittance: collected money paid out to the creditor. */
export function remittanceEntry(ledger: readonly Posting[], header: EntryHeader, amount: Money): JournalEntry {
  return payOut(ledger, header, amount, 'CREDITOR_PAYABLE', 'CLEARING', 'REMITTANCE');
}

// Each of these empties part of a credit-side account; more than it holds would be paying
// someone money they are not owed.
function payOut(ledger: readonly Posting[], header: EntryHeader, amount: Money, from: LedgerAccount, to: LedgerAccount, kind: EntryKind): JournalEntry {
  const currency = openedCaseCurrency(ledger, header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  if (amount.amountMinor <= 0n) throw new LedgerInputInvalidError(`a ${kind} of ${amount.amountMinor} minor units`);
  if (amount.currency !== currency) throw new LedgerInputInvalidError(`a ${kind} in ${amount.currency} on a case in ${currency}`);
  const held = creditBalance(ledger, from, currency);
  if (held.amountMinor < amount.amountMinor) {
    throw new AccountBalanceInsufficientError(`${from} on case ${header.caseId} holds ${formatMoney(held)}, less than ${formatMoney(amount)}`);
  }
  return journalEntry(header, kind, [debit(from, amount), credit(to, amount)]);
}
