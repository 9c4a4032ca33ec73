import { zero, type Money } from '../money';
import type { LedgerAccount } from './account';
import type { Posting } from './journal-entry';
import { CaseLedgerNotFoundError, JournalEntryDuplicateError, LedgerInputInvalidError } from './ledger.errors';

/** The case currency, fixed by the opening entry; refuses a ledger with another case's rows. */
export function openedCaseCurrency(ledger: readonly Posting[], caseId: string): string {
  const stranger = ledger.find((p) => p.caseId !== caseId);
  if (stranger) throw new LedgerInputInvalidError(`posting ${stranger.id} belongs to case ${stranger.caseId}, not ${caseId}`);
  const opening = ledger.find((p) => p.kind === 'CLAIM_OPENED');
  if (!opening) throw new CaseLedgerNotFoundError(caseId);
  return opening.currency;
}

export function assertEntryIdFree(ledger: readonly Posting[], entryId: string): void {
  if (ledger.some((p) => p.entryId === entryId)) throw new JournalEntryDuplicateError(entryId);
}

/** Signed like the postings: positive for a debit balance, negative for a credit balance. */
export function netDebit(ledger: readonly Posting[], account: LedgerAccount, currency: string, where: (p: Posting) => boolean = () => true): Money {
  const amountMinor = ledger
    .filter((p) => p.account === account && p.currency === currency && where(p))
    .reduce((total, p) => total + p.amountMinor, 0n);
  return { ...zero(currency), amountMinor };
}

/** What a credit-side account (suspense, refund liability, creditor payable, commission) holds. */
export function creditBalance(ledger: readonly Posting[], account: LedgerAccount, currency: string): Money {
  const net = netDebit(ledger, account, currency);
  return { ...net, amountMinor: -net.amountMinor };
}

export function isReversed(ledger: readonly Posting[], entryId: string): boolean {
  return ledger.some((p) => p.reverses === entryId);
}
