/** Why notifications could not deliver a letter, e-mail or SMS (NotificationFailed.failure). */
export type DeliveryFailure = 'INVALID_RECIPIENT' | 'SUPPRESSED' | 'PROVIDER_ERROR' | 'NOT_ALLOWED' | 'TEMPLATE_MISSING';

/**
 * Whether a failed delivery means the channel cannot reach the debtor any more: a hard bounce, a
 * returned letter or an opt-out does, when retrying the same recipient cannot help. A provider
 * outage, a country rule or a missing template says nothing about the debtor's address and keeps it.
 */
export function losesChannel(failure: DeliveryFailure, permanent: boolean): boolean {
  return permanent && (failure === 'INVALID_RECIPIENT' || failure === 'SUPPRESSED');
}
