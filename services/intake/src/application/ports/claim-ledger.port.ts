import type { Channel } from '../../domain/channel/channel';
import type { FieldError } from '../../domain/shared/field-error';

/** The identity of a claim, as the channel sent it. */
export interface ClaimIdentity {
  claimId: string;
  channelId: string;
  creditorReference: string;
}

export type ClaimOutcome = { accepted: true; caseId: string } | { accepted: false; errors: FieldError[] };

/** Channels and the claims they sent, seen from inside the consumer's transaction. */
export abstract class ClaimLedger {
  abstract findChannel(channelId: string): Promise<Channel | undefined>;
  /** True when this channel already sent a claim with this id (answered before: nothing to do). */
  abstract alreadyAnswered(channelId: string, claimId: string): Promise<boolean>;
  /** Records the answer and publishes ClaimAccepted or ClaimRejected to the channel through the outbox. */
  abstract answer(claim: ClaimIdentity, outcome: ClaimOutcome, causationId: string): Promise<void>;
}
