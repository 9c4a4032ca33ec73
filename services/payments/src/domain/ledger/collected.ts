import type { Money } from '../money';
import type { Posting } from './journal-entry';

/** Everything paid off the debt on the case (to the agency or to the creditor), net of reversed payments. */
export function collectedOn(postings: readonly Posting[], currency: string): Money {
  const paymentEntries = new Set(postings.filter((p) => p.kind === 'PAYMENT_ALLOCATED' || p.kind === 'DIRECT_PAYMENT').map((p) => p.entryId));
  const amountMinor = postings
    .filter((p) => p.account === 'RECEIVABLE' && p.currency === currency && (paymentEntries.has(p.entryId) || (p.reverses !== undefined && paymentEntries.has(p.reverses))))
    .reduce((total, p) => total - p.amountMinor, 0n);
  return { amountMinor, currency };
}
