import { suppressionKey } from '../../domain/delivery/delivery';
import type { UnitOfWork } from '../ports/delivery.ports';

export type CallbackStatus = 'delivered' | 'opened' | 'bounced';

/**
 * A provider's word on a message it carried: delivered (or opened, which proves it) becomes
 * NotificationDelivered once; a bounce makes the recipient unusable from now on (suppressed) and
 * becomes NotificationFailed, permanent, so dunning picks another channel. Unknown ids are ignored
 * (a callback for a message another environment sent); repeats change nothing.
 */
export async function recordCallback(uow: UnitOfWork, providerMessageId: string, status: CallbackStatus, at: Date): Promise<'applied' | 'unknown' | 'repeat'> {
  return uow.run(async (tx) => {
    const delivery = await tx.deliveries.byProviderMessageId(providerMessageId);
    if (!delivery) return 'unknown';
    if (status === 'bounced') {
      if (delivery.state === 'failed') return 'repeat';
      await tx.suppressions.suppress(suppressionKey(delivery.channel, delivery.recipient), 'bounced');
      await tx.deliveries.markFailed(delivery.id, delivery.attempts, 'INVALID_RECIPIENT', 'bounced after delivery to the provider');
      await tx.events.failed(delivery, 'INVALID_RECIPIENT', true, 'bounced');
      return 'applied';
    }
    if (delivery.deliveredAt) return 'repeat';
    await tx.deliveries.markDelivered(delivery.id, at);
    await tx.events.delivered(delivery, at);
    return 'applied';
  });
}
