import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import {
  ClosureRecommendedSchema, CreditorApprovalRequestedSchema, InformationRequestedSchema, LegalActionRecommendedSchema, RemittanceIssuedSchema,
  type ClosureRecommended, type CreditorApprovalRequested, type InformationRequested, type LegalActionRecommended, type Money, type RemittanceIssued,
} from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { requestDelivery } from '../../application/commands/request-delivery';
import { nextDigestAt, reminderAt } from '../../domain/delivery/delivery';
import type { MessageKind } from '../../domain/message';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

/**
 * What the creditor must hear from the agency (group notifications.dispatch): recommendations
 * (closure, legal action), approvals above the authority limit, requests for information and
 * remittances become e-mails to the creditor's registered address, in the creditor's language, one
 * per event — or, for a creditor who prefers it, held for the next daily digest. A creditor without
 * a registered address gets none, and NotificationFailed (SUPPRESSED) says so.
 */
@Injectable()
export class CreditorRequestsConsumer {
  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * A request with a deadline (approval, information) also gets a reminder two days before it,
   * withdrawn when the creditor answers (CreditorInstructed in reply to it).
   */
  private async remind(context: EventContext, caseId: string, kind: MessageKind, requestId: string, answerBy: string, details: Record<string, unknown>) {
    const at = reminderAt(answerBy, this.clock.now());
    if (!at) return;
    const tx = this.uow.within(context.manager, context.outbox);
    const creditorId = (await tx.cases.find([caseId])).get(caseId)?.creditorId;
    const identity = creditorId ? (await tx.cases.creditors([creditorId])).get(creditorId) : undefined;
    if (!identity?.email) return; // the request itself already reported that the creditor has no address
    await requestDelivery(
      tx,
      {
        requestKey: reminderKey(requestId), caseId, actionId: '', audience: 'creditor', channel: 'email', recipient: identity.email, templateKey: `creditor.${kind}`,
        language: identity.language ?? 'en', details: { ...details, reminder: true, ...(identity.dailyDigest ? { digest: true } : {}) },
      },
      this.clock.now(),
      at,
    );
  }

  private async notify(context: EventContext, caseId: string, kind: MessageKind, details: Record<string, unknown>, knownCreditorId?: string) {
    const tx = this.uow.within(context.manager, context.outbox);
    const creditorId = knownCreditorId ?? (await tx.cases.find([caseId])).get(caseId)?.creditorId;
    const identity = creditorId ? (await tx.cases.creditors([creditorId])).get(creditorId) : undefined;
    const now = this.clock.now();
    await requestDelivery(
      tx,
      {
        requestKey: `event:${context.event.id}`, caseId, actionId: '', audience: 'creditor', channel: 'email', recipient: identity?.email ?? '', templateKey: `creditor.${kind}`,
        language: identity?.language ?? 'en', details: { ...details, ...(identity?.dailyDigest ? { digest: true } : {}) },
      },
      now,
      identity?.dailyDigest ? nextDigestAt(now) : now,
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
    if (event.answerBy) await this.remind(context, event.caseId, 'CREDITOR_APPROVAL_REQUEST', event.requestId, event.answerBy, { body: event.explanation, respondBy: event.answerBy });
  }

  /** The remittance notice: each payment remitted, the commission and costs kept, what was paid out. */
  @HandlesEvent(RemittanceIssuedSchema)
  async onRemittanceIssued(event: RemittanceIssued, context: EventContext) {
    const firstCase = event.lines[0]?.caseId;
    if (!firstCase) return; // an empty remittance pays nothing and tells nothing
    const stored = (value: Money | undefined) => ({ amountMinor: String(value?.amountMinor ?? 0n), currency: value?.currency ?? '' });
    const remittance = {
      remittanceId: event.remittanceId, paidOn: event.paidOn,
      lines: event.lines.map((line) => ({ caseId: line.caseId, collected: stored(line.collected), commission: stored(line.commission), costs: stored(line.costs), paidOut: stored(line.paidOut) })),
      collected: stored(event.collected), commission: stored(event.commission), costs: stored(event.costs), paidOut: stored(event.paidOut),
    };
    await this.notify(context, firstCase, 'CREDITOR_REMITTANCE', { remittance, caseIds: event.lines.map((line) => line.caseId) }, event.creditorId);
  }

  @HandlesEvent(InformationRequestedSchema)
  async onInformationRequested(event: InformationRequested, context: EventContext) {
    await this.notify(context, event.caseId, 'CREDITOR_INFORMATION_REQUEST', { body: event.question, ...(event.answerBy ? { respondBy: event.answerBy } : {}) });
    if (event.answerBy) await this.remind(context, event.caseId, 'CREDITOR_INFORMATION_REQUEST', event.requestId, event.answerBy, { body: event.question, respondBy: event.answerBy });
  }
}

export const reminderKey = (requestId: string) => `reminder:${requestId}`;
