import { Injectable } from '@nestjs/common';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import {
  CaseClosedSchema, CaseEscalatedSchema, CasePaidInFullSchema, ChargesAppliedSchema, ClosureRecommendedSchema, ConsultantMessageSentSchema, ContactOutcomeRecordedSchema,
  CreditorApprovalRequestedSchema, CreditorMessagesReadSchema, DebtorScreenedSchema, DebtorStatusChangedSchema, DisputeOpenedSchema, DisputeResolvedSchema, DunningPausedSchema,
  DunningResumedSchema, FeeInvoicedSchema, InformationRequestedSchema, InstalmentMissedSchema, LegalActionRecommendedSchema, NotificationFailedSchema, NotificationSentSchema,
  PaymentAllocatedSchema, PaymentPlanAgreedSchema, PaymentReceivedSchema, RemittanceIssuedSchema, SettlementAgreedSchema, type ConsultantMessageSent, type CreditorMessagesRead,
} from '@collections/contracts';
import { ConsumerGroup, HandlesEventBatch, type EventBatchItem } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { SqlMessageQueries, timelineDetails } from '../persistence/sql-case-messages';
import { SqlTimelineStore } from '../persistence/sql-timeline.store';
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
    ChargesAppliedSchema, DunningPausedSchema, DunningResumedSchema, CaseClosedSchema, PaymentReceivedSchema, PaymentAllocatedSchema, CasePaidInFullSchema, InstalmentMissedSchema,
    RemittanceIssuedSchema, FeeInvoicedSchema, ConsultantMessageSentSchema, CreditorMessagesReadSchema,
  )
  async project(items: EventBatchItem[]): Promise<void> {
    const manager = items[0]!.context.manager;
    const entries: ProjectedEntry[] = [];
    for (const { data, context } of items) {
      const meta = { id: context.event.id, ...(context.event.time ? { time: context.event.time } : {}) };
      if (context.event.type === ConsultantMessageSentSchema.typeName) entries.push(...(await this.consultantMessage(data as ConsultantMessageSent, meta, manager)));
      else if (context.event.type === CreditorMessagesReadSchema.typeName) await this.messagesRead(data as CreditorMessagesRead, meta, manager);
      else entries.push(...timelineEntriesOf(context.event.type, data, meta));
    }
    await this.store.within(manager).addAll(entries);
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
