import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import {
  ClosureRecommendedSchema, CreditorApprovalRequestedSchema, InformationRequestedSchema, LegalActionRecommendedSchema,
  type ClosureRecommended, type CreditorApprovalRequested, type InformationRequested, type LegalActionRecommended,
} from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { requestDelivery } from '../../application/commands/request-delivery';
import type { MessageKind } from '../../domain/message';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

/**
 * What the creditor must hear from the agency (group notifications.dispatch): recommendations
 * (closure, legal action), approvals above the authority limit and requests for information become
 * e-mails to the creditor's registered address, one per event. A creditor without a registered
 * address gets none, and NotificationFailed (SUPPRESSED) says so.
 */
@Injectable()
export class CreditorRequestsConsumer {
  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly clock: Clock,
  ) {}

  private async notify(context: EventContext, caseId: string, kind: MessageKind, details: { subjectLine?: string; body: string; respondBy?: string }) {
    const tx = this.uow.within(context.manager, context.outbox);
    const facts = (await tx.cases.find([caseId])).get(caseId);
    const identity = facts ? (await tx.cases.creditors([facts.creditorId])).get(facts.creditorId) : undefined;
    await requestDelivery(
      tx,
      { requestKey: `event:${context.event.id}`, caseId, actionId: '', audience: 'creditor', channel: 'email', recipient: identity?.email ?? '', templateKey: `creditor.${kind}`, language: 'en', details: { ...details } },
      this.clock.now(),
    );
  }

  @HandlesEvent(ClosureRecommendedSchema)
  async onClosureRecommended(event: ClosureRecommended, context: EventContext) {
    await this.notify(context, event.caseId, 'CREDITOR_RECOMMENDATION', { body: event.explanation });
  }

  @HandlesEvent(LegalActionRecommendedSchema)
  async onLegalActionRecommended(event: LegalActionRecommended, context: EventContext) {
    await this.notify(context, event.caseId, 'CREDITOR_RECOMMENDATION', { body: event.explanation });
  }

  @HandlesEvent(CreditorApprovalRequestedSchema)
  async onApprovalRequested(event: CreditorApprovalRequested, context: EventContext) {
    await this.notify(context, event.caseId, 'CREDITOR_APPROVAL_REQUEST', { body: event.explanation, ...(event.answerBy ? { respondBy: event.answerBy } : {}) });
  }

  @HandlesEvent(InformationRequestedSchema)
  async onInformationRequested(event: InformationRequested, context: EventContext) {
    await this.notify(context, event.caseId, 'CREDITOR_INFORMATION_REQUEST', { body: event.question, ...(event.answerBy ? { respondBy: event.answerBy } : {}) });
  }
}
