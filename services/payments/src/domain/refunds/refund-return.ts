import { formatMoney, type Money } from '../money';

/**
 * Every refund the agency pays carries its refund id as the transfer's EndToEndId (pain.001), and a
 * bank that cannot credit the debtor's account (closed, wrong name, blocked) sends the money back
 * quoting that same id. A credit quoting one is therefore our own transfer returning, never a
 * debtor's payment.
 */
const REFUND_END_TO_END_ID = /^RFD-[0-9A-Z-]{1,31}$/;

/** The refund id a credit's EndToEndId names, or undefined when it names none. */
export function refundIdOfEndToEndId(endToEndId: string | undefined): string | undefined {
  const id = endToEndId?.trim().toUpperCase();
  return id !== undefined && REFUND_END_TO_END_ID.test(id) ? id : undefined;
}

/** What a refund is, as far as taking its money back is concerned. */
export interface ReturnableRefund {
  readonly refundId: string;
  readonly amount: Money;
  /** Set once the money came back: a refund is returned at most once. */
  readonly returnedAt?: string;
}

export type RefundReturnDecision =
  | { readonly kind: 'return' }
  | { readonly kind: 'already-returned' }
  /** Not this refund's money coming back whole: booked as an ordinary receipt, for an operator to look at. */
  | { readonly kind: 'not-this-refund'; readonly reason: string };

/**
 * Decides what a credit quoting a refund id is. The whole amount, in the refund's currency, is the
 * refund returned (SEPA returns carry the original amount; a bank that kept a fee sends less, and
 * that is for a person to settle, not a rule to guess). A refund already returned is the same
 * return read again (the day's camt.054 and then its camt.053): nothing more is booked.
 */
export function decideRefundReturn(refund: ReturnableRefund | undefined, quotedId: string, credit: Money): RefundReturnDecision {
  if (!refund) return { kind: 'not-this-refund', reason: `quotes refund ${quotedId}, which the agency never paid` };
  if (refund.returnedAt !== undefined) return { kind: 'already-returned' };
  if (credit.currency !== refund.amount.currency || credit.amountMinor !== refund.amount.amountMinor) {
    return { kind: 'not-this-refund', reason: `quotes refund ${quotedId} of ${formatMoney(refund.amount)} but brings ${formatMoney(credit)}` };
  }
  return { kind: 'return' };
}
