import { randomUUID } from 'node:crypto';
import { chargesAppliedEntry } from '../../domain/ledger';
import type { Money } from '../../domain/money';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';
import { resyncAccount } from './resync-account';

/**
 * ChargesApplied: damages, flat fees and default interest dunning added under the country's law,
 * booked on the case. A redelivered event finds its entry (its source is the event id) and adds nothing.
 */
export async function applyCharges(tx: PaymentsTransaction, caseId: string, eventId: string, charges: Array<{ component: 'INTEREST' | 'COSTS' | 'CHARGES'; amount: Money }>, now: Date): Promise<'applied' | 'duplicate' | 'unknown-case'> {
  const account = await tx.accounts.lock(caseId);
  if (!account || account.state !== 'open') return 'unknown-case';
  const ledger = await tx.ledger.forCase(caseId);
  if (ledger.some((posting) => posting.source === eventId)) return 'duplicate';
  const booked = charges.filter((charge) => charge.amount.amountMinor > 0n && charge.amount.currency === account.currency);
  if (booked.length === 0) return 'applied';
  const entry = chargesAppliedEntry(ledger, { caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: eventId }, booked);
  await tx.ledger.append(entry);
  await resyncAccount(tx, account, [...ledger, ...entry.postings], '');
  return 'applied';
}
