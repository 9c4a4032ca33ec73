import { ClaimSubmittedSchema, findEventType } from '@collections/contracts';
import type { ParkedHook } from '@collections/messaging';
import { SqlClaimLedger } from '../persistence/sql-claim.ledger';

const INBOUND = findEventType(ClaimSubmittedSchema.typeName)!.topic;

/**
 * A claim that cannot even be read (bad envelope, undecodable payload, oversized) is parked in the
 * dead letters like any poison message, and still answered: ClaimRejected keyed by the message key
 * (the claim id, by protocol), with the reason, so the channel is not left waiting. The channel id
 * inside the payload could not be read, so the answer's channel_id is empty.
 */
export const answerUnreadableClaim: ParkedHook = async ({ message, error, deadLetterId }, { manager, outbox }) => {
  if (message.source.topic !== INBOUND) return;
  await new SqlClaimLedger(manager, outbox).answer(
    { claimId: message.key ?? '', channelId: '', creditorReference: '' },
    { accepted: false, errors: [{ field: '(message)', code: error.code, message: `the claim could not be read: ${error.message}` }] },
    message.attributes?.id ?? message.headers.ce_id ?? deadLetterId,
  );
};
