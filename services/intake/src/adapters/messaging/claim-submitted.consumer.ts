import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { ClaimSubmittedSchema, type ClaimSubmitted } from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { processClaim } from '../../application/commands/process-claim/process-claim';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';
import { SqlClaimLedger } from '../persistence/sql-claim.ledger';
import { claimFieldPath, claimToCaseFile } from './claim-submitted.mapper';

/**
 * Claims from registered channels (intake.claims-inbound.v1). Each is applied in the consumer's
 * transaction with the inbox record, and answered on intake.claims-outcomes.v1 in the same one.
 */
@Injectable()
export class ClaimSubmittedConsumer {
  constructor(
    private readonly unitOfWork: TypeOrmUnitOfWork,
    private readonly clock: Clock,
  ) {}

  @HandlesEvent(ClaimSubmittedSchema)
  async onClaimSubmitted(claim: ClaimSubmitted, context: EventContext): Promise<void> {
    await processClaim(
      this.unitOfWork.within(context.manager),
      new SqlClaimLedger(context.manager, context.outbox),
      {
        claimId: claim.claimId,
        channelId: claim.channelId,
        creditorReference: claim.creditorReference,
        creditorId: claim.creditorId,
        caseFile: claimToCaseFile(claim),
        eventId: context.event.id,
      },
      this.clock.now(),
      claimFieldPath,
    );
  }
}
