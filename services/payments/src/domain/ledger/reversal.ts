import { BALANCE_COMPONENTS, balanceKey } from '../allocation';
import { balanceOf } from './balance';
import { assertEntryIdFree, creditBalance, isReversed, openedCaseCurrency } from './case-ledger';
import { journalEntry, type EntryHeader, type JournalEntry, type Posting } from './journal-entry';
import { AccountBalanceInsufficientError, EntryNotReversibleError, JournalEntryNotFoundError } from './ledger.errors';

/**
 * The exact inverse of an earlier entry (a bounced transfer, a card chargeback, a charge or
 * settlement withdrawn): every leg negated, so the ledger reads as if it had not happened.
 * Refused when an account would end below zero because the money has already moved on
 * (a refund paid out of it, charges already collected); reverse that first.
 */
export function reversalEntry(ledger: readonly Posting[], header: EntryHeader, reversedEntryId: string): JournalEntry {
  const currency = openedCaseCurrency(ledger, header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  const original = ledger.filter((p) => p.entryId === reversedEntryId);
  if (original.length === 0) throw new JournalEntryNotFoundError(reversedEntryId);
  const kind = original[0].kind;
  if (kind === 'CLAIM_OPENED' || kind === 'REVERSAL') throw new EntryNotReversibleError(`a ${kind} entry cannot be reversed`);
  if (isReversed(ledger, reversedEntryId)) throw new EntryNotReversibleError(`entry ${reversedEntryId} is already reversed`);

  const legs = original.map(({ account, component, invoice, amountMinor, currency: legCurrency }) => ({
    account,
    ...(component ? { component } : {}),
    ...(invoice ? { invoice } : {}),
    amount: { amountMinor: -amountMinor, currency: legCurrency },
  }));
  const entry = journalEntry(header, 'REVERSAL', legs, reversedEntryId);
  assertNothingGoesNegative([...ledger, ...entry.postings], currency);
  return entry;
}

function assertNothingGoesNegative(after: readonly Posting[], currency: string): void {
  const balance = balanceOf(after, currency);
  const negatives = [
    ...BALANCE_COMPONENTS.filter((c) => balance[balanceKey(c)].amountMinor < 0n).map((c) => `receivable ${c}`),
    ...balance.invoices.filter((i) => i.outstanding.amountMinor < 0n).map((i) => `invoice ${i.number}`),
    ...(['SUSPENSE', 'REFUND_LIABILITY'] as const).filter((a) => creditBalance(after, a, currency).amountMinor < 0n),
  ];
  if (negatives.length > 0) throw new AccountBalanceInsufficientError(`the reversal would leave ${negatives.join(', ')} below zero`);
}
