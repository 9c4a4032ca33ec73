import { Injectable } from '@nestjs/common';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import {
  CaseClosedSchema, CaseEscalatedSchema, CasePaidInFullSchema, ChargesAppliedSchema, ClosureRecommendedSchema, ConsultantMessageSentSchema, ContactOutcomeRecordedSchema,
  CreditorApprovalRequestedSchema, CreditorMessagesReadSchema, DebtorScreenedSchema, DebtorStatusChangedSchema, DisputeOpenedSchema, DisputeResolvedSchema, DunningPausedSchema,
  DunningResumedSchema, FeeInvoicedSchema, InformationRequestedSchema, InstalmentMissedSchema, InstalmentPaidSchema, LegalActionRecommendedSchema, NotificationFailedSchema, NotificationSentSchema,
  NextStepScheduledSchema, PaymentAllocatedSchema, PaymentPlanAgreedSchema, PaymentReceivedSchema, RefundIssuedSchema, RefundReturnedSchema, RemittanceIssuedSchema, SettlementAgreedSchema, DunningStepKind, type ConsultantMessageSent,
  ThirdPartyLinkedSchema, type CreditorMessagesRead, type NextStepScheduled,
} from '@collections/contracts';
import { ConsumerGroup, HandlesEventBatch, type EventBatchItem } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { SqlMessageQueries, timelineDetails } from '../persistence/sql-case-messages';
import { SqlTimelineStore, type NextAction } from '../persistence/sql-timeline.store';
import { timelineEntriesOf, type ProjectedEntry } from './timeline-entries';

/**
 * The creditor's timeline, projected in its own consumer group (intake.timeline) from every service's
 * events about a case: what screening found (as much as the creditor may know), each letter, e-mail
 * and SMS, calls and visits with their outcomes and the notes marked for the creditor, plans,
 * disputes, payments and how they were allocated, remittances and invoices, recommendations, and the
 * consultant's messages. An entry carries the event id (a redelivery adds nothing) and when the thing
 * happened, not when it arrived. Events about cases intake does not hold are skipped.
 *
 * Every consecutive run of these events in a consumer chunk arrives as one batch and is written with
 * a few statements for the whole batch (see timeline-entries.ts for what each event gives).
 */
@ConsumerGroup('intake.timeline')
@Injectable()
export class TimelineProjector {
  constructor(
    private readonly store: SqlTimelineStore,
    private readonly messages: SqlMessageQueries,
  ) {}

  @HandlesEventBatch(
    DebtorScreenedSchema, DebtorStatusChangedSchema, NotificationSentSchema, NotificationFailedSchema, ContactOutcomeRecordedSchema, PaymentPlanAgreedSchema, SettlementAgreedSchema,
    DisputeOpenedSchema, DisputeResolvedSchema, InformationRequestedSchema, CreditorApprovalRequestedSchema, ClosureRecommendedSchema, LegalActionRecommendedSchema, CaseEscalatedSchema,
    ChargesAppliedSchema, DunningPausedSchema, DunningResumedSchema, CaseClosedSchema, PaymentReceivedSchema, PaymentAllocatedSchema, CasePaidInFullSchema, InstalmentPaidSchema, InstalmentMissedSchema,
    RefundIssuedSchema, RefundReturnedSchema, RemittanceIssuedSchema, FeeInvoicedSchema, ConsultantMessageSentSchema, CreditorMessagesReadSchema, NextStepScheduledSchema, ThirdPartyLinkedSchema,
  )
  async project(items: EventBatchItem[]): Promise<void> {
    const manager = items[0]!.context.manager;
    const entries: ProjectedEntry[] = [];
    const nextActions = new Map<string, NextAction | null>();
    for (const { data, context } of items) {
      const meta = { id: context.event.id, ...(context.event.time ? { time: context.event.time } : {}) };
      const type = context.event.type;
      if (type === ConsultantMessageSentSchema.typeName) entries.push(...(await this.consultantMessage(data as ConsultantMessageSent, meta, manager)));
      else if (type === CreditorMessagesReadSchema.typeName) await this.messagesRead(data as CreditorMessagesRead, meta, manager);
      else if (type === NextStepScheduledSchema.typeName) {
        const next = data as NextStepScheduled;
        nextActions.set(next.caseId, { kind: DunningStepKind[next.kind] ?? 'UNSPECIFIED', stepId: next.stepId, dueAt: next.dueAt ? timestampDate(next.dueAt) : null });
      } else {
        const found = timelineEntriesOf(type, data, meta);
        entries.push(...found);
        // Dunning's pending step is cancelled by a pause and by the end of the case (events of the same topic, in order).
        for (const entry of found) {
          if (entry.kind === 'DUNNING_PAUSED') nextActions.set(entry.caseId, { kind: 'PAUSED', stepId: null, dueAt: null });
          if (entry.kind === 'CASE_CLOSED') nextActions.set(entry.caseId, null);
        }
      }
    }
    const store = this.store.within(manager);
    await store.addAll(entries);
    await store.setNextActions(nextActions);
  }

  /** The consultant's message joins the case's thread and its timeline (never the object keys of its files). */
  private async consultantMessage(event: ConsultantMessageSent, meta: { id: string; time?: string }, manager: EntityManager): Promise<ProjectedEntry[]> {
    const message = {
      id: event.messageId, caseId: event.caseId, direction: 'to-creditor' as const, authorName: event.authorName, body: event.body, inReplyTo: event.inReplyTo || null,
      sentAt: new Date(meta.time ?? Date.now()), readAt: null,
      attachments: event.attachments.map((a) => ({ id: a.documentId, fileName: a.fileName, contentType: a.contentType, sizeBytes: Number(a.sizeBytes), objectKey: a.objectKey })),
    };
    if (!(await this.messages.within(manager).addFromConsultant(message))) return [];
    return [{ caseId: event.caseId, eventId: meta.id, eventType: ConsultantMessageSentSchema.typeName, kind: 'MESSAGE_FROM_CONSULTANT', role: 'agent', occurredAt: message.sentAt, details: timelineDetails(message), progress: {} }];
  }

  private async messagesRead(event: CreditorMessagesRead, meta: { time?: string }, manager: EntityManager): Promise<void> {
    await this.messages.within(manager).markReadByConsultant(event.caseId, event.messageIds, event.readAt ? timestampDate(event.readAt) : new Date(meta.time ?? Date.now()));
  }
}
