import { randomUUID } from 'node:crypto';
import { suppressionKey } from '../../domain/delivery/delivery';
import type { DeliveryRequest, NotificationsTransaction } from '../ports/delivery.ports';

/**
 * A request to notify: recorded once (a redelivered request finds its delivery and changes
 * nothing), sent by the delivery worker, unless the recipient is suppressed (a bounced address, an
 * opted-out number) or the case's debtor must not be messaged now (a dispute, a do-not-contact
 * instruction): then it ends at once as suppressed, and NotificationFailed says why. A message held
 * for a creditor's daily digest waits until `sendAt`.
 */
export async function requestDelivery(tx: NotificationsTransaction, request: DeliveryRequest, now: Date, sendAt: Date = now): Promise<'pending' | 'suppressed' | 'duplicate'> {
  const id = randomUUID();
  const recipientReason = request.recipient ? await tx.suppressions.reasonFor(suppressionKey(request.channel, request.recipient)) : 'no recipient';
  const caseReason = request.audience === 'debtor' ? await tx.suppressions.caseReason(request.caseId) : undefined;
  const reason = recipientReason ?? caseReason;
  if (reason) {
    const detail = recipientReason ? `recipient suppressed: ${recipientReason}` : `debtor messages suppressed for this case: ${caseReason}`;
    const inserted = await tx.deliveries.insert({ ...request, id, attempts: 0, state: 'suppressed', failure: { kind: 'SUPPRESSED', detail } });
    if (!inserted) return 'duplicate';
    await tx.events.failed({ ...request, id, attempts: 0 }, 'SUPPRESSED', true, detail);
    return 'suppressed';
  }
  const inserted = await tx.deliveries.insert({ ...request, id, attempts: 0, state: 'pending', nextAttemptAt: sendAt });
  return inserted ? 'pending' : 'duplicate';
}
