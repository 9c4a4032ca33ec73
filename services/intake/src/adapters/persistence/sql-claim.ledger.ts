import { ClaimAcceptedSchema, ClaimRejectedSchema } from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { ClaimLedger, type ClaimIdentity, type ClaimOutcome } from '../../application/ports/claim-ledger.port';
import type { Channel } from '../../domain/channel/channel';

/** Channels and claim answers in the intake database, through the consumer's transaction. */
export class SqlClaimLedger extends ClaimLedger {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async findChannel(channelId: string): Promise<Channel | undefined> {
    const rows: Array<{ channel_id: string; name: string; creditor_ids: string[]; active: boolean }> = await this.manager.query(
      `SELECT channel_id, name, creditor_ids, active FROM channels WHERE channel_id = $1`,
      [channelId],
    );
    return rows.length ? { channelId: rows[0].channel_id, name: rows[0].name, creditorIds: rows[0].creditor_ids, active: rows[0].active } : undefined;
  }

  async alreadyAnswered(channelId: string, claimId: string): Promise<boolean> {
    const rows = await this.manager.query(`SELECT 1 FROM channel_claims WHERE channel_id = $1 AND claim_id = $2`, [channelId, claimId]);
    return rows.length > 0;
  }

  async answer(claim: ClaimIdentity, outcome: ClaimOutcome, causationId: string): Promise<void> {
    // A claim without ids cannot be recognised again; it is answered, keyed by the event id, and not recorded.
    const identified = claim.claimId !== '' && claim.channelId !== '';
    if (identified) await this.manager.query(
      `INSERT INTO channel_claims (channel_id, claim_id, creditor_reference, accepted, case_id, errors) VALUES ($1, $2, $3, $4, $5, $6)`,
      [claim.channelId, claim.claimId, claim.creditorReference, outcome.accepted, outcome.accepted ? outcome.caseId : null, JSON.stringify(outcome.accepted ? [] : outcome.errors)],
    );
    // Keyed by claim id, as the channel protocol says: there may be no case to key by.
    const key = claim.claimId || causationId;
    const event = outcome.accepted
      ? { schema: ClaimAcceptedSchema, key, causationId, data: { ...claim, caseId: outcome.caseId } }
      : { schema: ClaimRejectedSchema, key, causationId, data: { ...claim, errors: outcome.errors } };
    await this.outbox.append(this.manager, [event]);
  }
}
