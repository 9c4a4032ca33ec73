import { balanceKey, type BalanceComponent, type Outstanding } from '../allocation';
import { balanceOf, totalOf } from './balance';
import { assertEntryIdFree, openedCaseCurrency } from './case-ledger';
import { credit, debit, journalEntry, type EntryHeader, type JournalEntry, type Leg, type Posting } from './journal-entry';
import { NothingToWriteOffError } from './ledger.errors';

/**
 * Gives up whatever is still owed, e.g. after a settlement's agreed amount was paid, or when
 * the creditor closes an uncollectable case. The creditor's claim stays as it was: claim =
 * receivable + written off, so the creditor's statement shows what was given up.
 */
export function writeOffEntry(ledger: readonly Posting[], header: EntryHeader): JournalEntry {
  const currency = openedCaseCurrency(ledger, header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  return writeOffEntryOn(balanceOf(ledger, currency), header);
}

/** The same, from the balance as it stands (kept in step with the postings by the caller). */
export function writeOffEntryOn(balance: Outstanding, header: EntryHeader): JournalEntry {
  if (totalOf(balance) === 0n) throw new NothingToWriteOffError(header.caseId);

  const legs: Leg[] = [];
  for (const { outstanding, ...invoice } of balance.invoices) {
    legs.push(debit('WRITE_OFF', outstanding, { component: 'PRINCIPAL', invoice }), credit('RECEIVABLE', outstanding, { component: 'PRINCIPAL', invoice }));
  }
  for (const component of ['INTEREST', 'COSTS', 'CHARGES'] as const satisfies readonly BalanceComponent[]) {
    const owed = balance[balanceKey(component)];
    legs.push(debit('WRITE_OFF', owed, { component }), credit('RECEIVABLE', owed, { component }));
  }
  return journalEntry(header, 'WRITE_OFF', legs);
}
