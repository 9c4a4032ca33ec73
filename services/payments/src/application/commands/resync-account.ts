import { balanceOf, collectedOn, creditBalance, totalOf, type Posting } from '../../domain/ledger';
import type { LockedAccount } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/**
 * After an entry booked from the whole ledger (charges, a reversal): the account's balance read
 * again from the postings. A case owing nothing becomes paid (announced once); one owing again
 * after a reversal is open again.
 */
export async function resyncAccount(tx: PaymentsTransaction, account: LockedAccount, postings: Posting[], lastPaymentId: string): Promise<void> {
  const outstanding = balanceOf(postings, account.currency);
  const owesNothing = totalOf(outstanding) === 0n;
  const state = owesNothing ? (account.state === 'open' ? 'paid' : account.state) : 'open';
  await tx.accounts.saveBalance(account.caseId, outstanding, creditBalance(postings, 'REFUND_LIABILITY', account.currency).amountMinor, state);
  if (owesNothing && account.state === 'open') await tx.events.casePaidInFull(account.caseId, collectedOn(postings, account.currency), lastPaymentId);
}
