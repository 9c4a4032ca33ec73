import { randomUUID } from 'node:crypto';
import { reversalEntry } from '../../domain/ledger';
import type { Money } from '../../domain/money';
import { decideRefundReturn } from '../../domain/refunds';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/** A credit of a bank statement quoting one of our refunds as its EndToEndId. */
export interface ReturnedRefundCredit {
  refundId: string;
  amount: Money;
  /** The statement entry's key (the receipt key it would have had). */
  statementKey: string;
  reason?: string;
}

export type RefundReturnOutcome =
  | { status: 'returned'; refundId: string; caseId: string; refundDueAfter: bigint }
  | { status: 'already-returned'; refundId: string }
  | { status: 'not-this-refund'; refundId: string; reason: string };

/**
 * A refund's transfer came back: the money is on the agency's account again and owed to the debtor
 * again. REFUND_PAID is reversed on the case's ledger (Dr CLEARING / Cr REFUND_LIABILITY), the
 * stored refund due grows by it, and the refund is marked returned with the bank's reason, so an
 * operator can pay it again to an account that works (the refunds API shows it); RefundReturned
 * tells the creditor's timeline. The refund row is locked, then its case (issueRefund locks only the
 * case, so the two cannot deadlock). A credit that is not this refund coming back whole answers
 * `not-this-refund` and changes nothing: the caller books it as a receipt.
 */
export async function takeBackReturnedRefund(tx: PaymentsTransaction, credit: ReturnedRefundCredit, now: Date): Promise<RefundReturnOutcome> {
  const refund = await tx.refunds.lock(credit.refundId);
  const account = refund && (await tx.accounts.lock(refund.caseId));
  const decision = decideRefundReturn(refund && { refundId: refund.refundId, amount: refund.amount, ...(refund.returned ? { returnedAt: refund.returned.at } : {}) }, credit.refundId, credit.amount);
  if (decision.kind === 'not-this-refund') return { status: 'not-this-refund', refundId: credit.refundId, reason: decision.reason };
  if (decision.kind === 'already-returned') return { status: 'already-returned', refundId: credit.refundId };
  if (!refund || !account) throw new Error(`refund ${credit.refundId} has no case account`); // the foreign key makes this unreachable

  const postings = await tx.ledger.forCase(refund.caseId);
  const entry = reversalEntry(postings, { caseId: refund.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: `refund-return:${refund.refundId}` }, refund.entryId);
  await tx.ledger.append(entry);
  const refundDueAfter = account.refundDue + refund.amount.amountMinor;
  await tx.accounts.saveBalance(account.caseId, account.outstanding, refundDueAfter, account.state);
  await tx.refunds.markReturned(refund.refundId, { at: now.toISOString(), ...(credit.reason ? { reason: credit.reason } : {}), entryId: entry.entryId, statementKey: credit.statementKey });
  await tx.events.refundReturned({ caseId: refund.caseId, refundId: refund.refundId, amount: refund.amount, ...(credit.reason ? { returnReason: credit.reason } : {}), refundDueAfter: { amountMinor: refundDueAfter, currency: refund.amount.currency } });
  return { status: 'returned', refundId: refund.refundId, caseId: refund.caseId, refundDueAfter };
}
