import { fieldError, type FieldError } from '../shared/field-error';

/**
 * An intake channel: a creditor's ERP connector or a partner platform that submits claims on
 * Kafka. The agency registers it for the creditors it may speak for.
 */
export interface Channel {
  channelId: string;
  name: string;
  creditorIds: string[];
  active: boolean;
}

/** Whether this channel may submit a claim for this creditor; the reason when not. */
export function admitClaim(channel: Channel | undefined, creditorId: string): FieldError | null {
  if (!channel || !channel.active) return fieldError('channel_id', 'CHANNEL_NOT_REGISTERED', 'this channel is not registered with the agency, or was deactivated');
  if (!channel.creditorIds.includes(creditorId)) return fieldError('creditor_id', 'CREDITOR_NOT_SERVED', 'this channel is not registered to submit claims for this creditor');
  return null;
}
