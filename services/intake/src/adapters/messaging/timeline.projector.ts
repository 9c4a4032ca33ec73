import { Injectable } from '@nestjs/common';
import { toJson, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import {
  CaseClosedSchema, CaseEscalatedSchema, CasePaidInFullSchema, ChargesAppliedSchema, ClosureRecommendedSchema, ContactOutcomeRecordedSchema, CreditorApprovalRequestedSchema, DebtorScreenedSchema,
  DebtorStatusChangedSchema, DisputeOpenedSchema, DisputeResolvedSchema, DunningPausedSchema, DunningResumedSchema, FeeInvoicedSchema, InformationRequestedSchema, InstalmentMissedSchema,
  LegalActionRecommendedSchema, NotificationFailedSchema, NotificationSentSchema, PaymentAllocatedSchema, PaymentPlanAgreedSchema, PaymentReceivedSchema, RemittanceIssuedSchema, SettlementAgreedSchema,
  Audience, ContactChannel,
} from '@collections/contracts';
import { ConsumerGroup, HandlesEvent, type EventContext } from '@collections/messaging';
import { WITHHELD_FIELDS, type TimelineRole } from '../../domain/timeline/timeline-entry';
import { SqlTimelineStore, type ProgressChange } from '../persistence/sql-timeline.store';

const CHANNEL_KINDS: Partial<Record<ContactChannel, string>> = { [ContactChannel.LETTER]: 'LETTER_SENT', [ContactChannel.EMAIL]: 'EMAIL_SENT', [ContactChannel.SMS]: 'SMS_SENT' };

/**
 * The creditor's timeline, projected in its own consumer group (intake.timeline) from every service's
 * events about a case: what screening found (as much as the creditor may know), each letter, e-mail
 * and SMS, calls and visits with their outcomes and the notes marked for the creditor, plans,
 * disputes, payments and how they were allocated, remittances and invoices, recommendations. An entry
 * carries the event id (a redelivery adds nothing) and when the thing happened, not when it arrived.
 * Events about cases intake does not hold are skipped.
 */
@ConsumerGroup('intake.timeline')
@Injectable()
export class TimelineProjector {
  constructor(private readonly store: SqlTimelineStore) {}

  private async record<S extends DescMessage>(context: EventContext, schema: S, event: MessageShape<S>, entry: { caseId: string; kind: string; role: TimelineRole; at?: Timestamp | string; progress?: ProgressChange }) {
    const details = toJson(schema, event, { alwaysEmitImplicit: false }) as Record<string, unknown>;
    for (const field of WITHHELD_FIELDS[schema.typeName] ?? []) delete details[field];
    const occurredAt = typeof entry.at === 'string' ? new Date(`${entry.at}T00:00:00Z`) : entry.at ? timestampDate(entry.at) : new Date(context.event.time ?? Date.now());
    await this.store.within(context.manager).add({ caseId: entry.caseId, eventId: context.event.id, eventType: schema.typeName, kind: entry.kind, role: entry.role, occurredAt, details }, entry.progress);
  }

  @HandlesEvent(DebtorScreenedSchema)
  onScreened(event: MessageShape<typeof DebtorScreenedSchema>, context: EventContext) {
    return this.record(context, DebtorScreenedSchema, event, { caseId: event.caseId, kind: 'SCREENED', role: 'agency' });
  }

  @HandlesEvent(DebtorStatusChangedSchema)
  onStatusChanged(event: MessageShape<typeof DebtorStatusChangedSchema>, context: EventContext) {
    return this.record(context, DebtorStatusChangedSchema, event, { caseId: event.caseId, kind: 'DEBTOR_SITUATION_CHANGED', role: 'agency' });
  }

  @HandlesEvent(NotificationSentSchema)
  onSent(event: MessageShape<typeof NotificationSentSchema>, context: EventContext) {
    const kind = event.audience === Audience.CREDITOR ? 'CREDITOR_NOTIFIED' : (CHANNEL_KINDS[event.channel] ?? 'MESSAGE_SENT');
    return this.record(context, NotificationSentSchema, event, { caseId: event.caseId, kind, role: 'agency', ...(event.sentAt ? { at: event.sentAt } : {}) });
  }

  @HandlesEvent(NotificationFailedSchema)
  onFailed(event: MessageShape<typeof NotificationFailedSchema>, context: EventContext) {
    return this.record(context, NotificationFailedSchema, event, { caseId: event.caseId, kind: 'MESSAGE_NOT_DELIVERED', role: 'system' });
  }

  @HandlesEvent(ContactOutcomeRecordedSchema)
  onContact(event: MessageShape<typeof ContactOutcomeRecordedSchema>, context: EventContext) {
    return this.record(context, ContactOutcomeRecordedSchema, event, { caseId: event.caseId, kind: event.channel === ContactChannel.HOME_VISIT ? 'VISIT' : 'CALL', role: 'agent', ...(event.contactedAt ? { at: event.contactedAt } : {}) });
  }

  @HandlesEvent(PaymentPlanAgreedSchema)
  onPlan(event: MessageShape<typeof PaymentPlanAgreedSchema>, context: EventContext) {
    return this.record(context, PaymentPlanAgreedSchema, event, { caseId: event.caseId, kind: 'PLAN_AGREED', role: 'agent' });
  }

  @HandlesEvent(SettlementAgreedSchema)
  onSettlement(event: MessageShape<typeof SettlementAgreedSchema>, context: EventContext) {
    return this.record(context, SettlementAgreedSchema, event, { caseId: event.caseId, kind: 'SETTLEMENT_AGREED', role: 'agent' });
  }

  @HandlesEvent(DisputeOpenedSchema)
  onDisputeOpened(event: MessageShape<typeof DisputeOpenedSchema>, context: EventContext) {
    return this.record(context, DisputeOpenedSchema, event, { caseId: event.caseId, kind: 'DISPUTE_OPENED', role: 'debtor' });
  }

  @HandlesEvent(DisputeResolvedSchema)
  onDisputeResolved(event: MessageShape<typeof DisputeResolvedSchema>, context: EventContext) {
    return this.record(context, DisputeResolvedSchema, event, { caseId: event.caseId, kind: 'DISPUTE_RESOLVED', role: 'agent' });
  }

  @HandlesEvent(InformationRequestedSchema)
  onInformationRequested(event: MessageShape<typeof InformationRequestedSchema>, context: EventContext) {
    return this.record(context, InformationRequestedSchema, event, { caseId: event.caseId, kind: 'INFORMATION_REQUESTED', role: 'agent' });
  }

  @HandlesEvent(CreditorApprovalRequestedSchema)
  onApprovalRequested(event: MessageShape<typeof CreditorApprovalRequestedSchema>, context: EventContext) {
    return this.record(context, CreditorApprovalRequestedSchema, event, { caseId: event.caseId, kind: 'APPROVAL_REQUESTED', role: 'agent' });
  }

  @HandlesEvent(ClosureRecommendedSchema)
  onClosureRecommended(event: MessageShape<typeof ClosureRecommendedSchema>, context: EventContext) {
    return this.record(context, ClosureRecommendedSchema, event, { caseId: event.caseId, kind: 'CLOSURE_RECOMMENDED', role: 'agency' });
  }

  @HandlesEvent(LegalActionRecommendedSchema)
  onLegalActionRecommended(event: MessageShape<typeof LegalActionRecommendedSchema>, context: EventContext) {
    return this.record(context, LegalActionRecommendedSchema, event, { caseId: event.caseId, kind: 'LEGAL_ACTION_RECOMMENDED', role: 'agency' });
  }

  @HandlesEvent(CaseEscalatedSchema)
  onEscalated(event: MessageShape<typeof CaseEscalatedSchema>, context: EventContext) {
    return this.record(context, CaseEscalatedSchema, event, { caseId: event.caseId, kind: 'ESCALATED', role: 'agency' });
  }

  @HandlesEvent(ChargesAppliedSchema)
  onCharges(event: MessageShape<typeof ChargesAppliedSchema>, context: EventContext) {
    return this.record(context, ChargesAppliedSchema, event, { caseId: event.caseId, kind: 'CHARGES_APPLIED', role: 'agency' });
  }

  @HandlesEvent(DunningPausedSchema)
  onPaused(event: MessageShape<typeof DunningPausedSchema>, context: EventContext) {
    return this.record(context, DunningPausedSchema, event, { caseId: event.caseId, kind: 'DUNNING_PAUSED', role: 'system' });
  }

  @HandlesEvent(DunningResumedSchema)
  onResumed(event: MessageShape<typeof DunningResumedSchema>, context: EventContext) {
    return this.record(context, DunningResumedSchema, event, { caseId: event.caseId, kind: 'DUNNING_RESUMED', role: 'system' });
  }

  @HandlesEvent(CaseClosedSchema)
  onClosed(event: MessageShape<typeof CaseClosedSchema>, context: EventContext) {
    return this.record(context, CaseClosedSchema, event, { caseId: event.caseId, kind: 'CASE_CLOSED', role: 'agency', progress: { outcome: 'CLOSED' } });
  }

  @HandlesEvent(PaymentReceivedSchema)
  onPaymentReceived(event: MessageShape<typeof PaymentReceivedSchema>, context: EventContext) {
    return this.record(context, PaymentReceivedSchema, event, { caseId: event.caseId, kind: 'PAYMENT_RECEIVED', role: 'debtor', progress: { collectedMinor: event.amount?.amountMinor ?? 0n } });
  }

  @HandlesEvent(PaymentAllocatedSchema)
  onPaymentAllocated(event: MessageShape<typeof PaymentAllocatedSchema>, context: EventContext) {
    const left = event.remaining;
    const balanceMinor = (left?.principal?.amountMinor ?? 0n) + (left?.interest?.amountMinor ?? 0n) + (left?.costs?.amountMinor ?? 0n) + (left?.charges?.amountMinor ?? 0n);
    return this.record(context, PaymentAllocatedSchema, event, { caseId: event.caseId, kind: 'PAYMENT_ALLOCATED', role: 'system', progress: { balanceMinor } });
  }

  @HandlesEvent(CasePaidInFullSchema)
  onPaidInFull(event: MessageShape<typeof CasePaidInFullSchema>, context: EventContext) {
    return this.record(context, CasePaidInFullSchema, event, { caseId: event.caseId, kind: 'PAID_IN_FULL', role: 'system', progress: { outcome: 'PAID_IN_FULL', balanceMinor: 0n } });
  }

  @HandlesEvent(InstalmentMissedSchema)
  onInstalmentMissed(event: MessageShape<typeof InstalmentMissedSchema>, context: EventContext) {
    return this.record(context, InstalmentMissedSchema, event, { caseId: event.caseId, kind: 'INSTALMENT_MISSED', role: 'system' });
  }

  /** A remittance spans cases: each case's timeline gets its own line (and the totals). */
  @HandlesEvent(RemittanceIssuedSchema)
  async onRemitted(event: MessageShape<typeof RemittanceIssuedSchema>, context: EventContext) {
    for (const caseId of new Set(event.lines.map((line) => line.caseId))) {
      const lines = event.lines.filter((line) => line.caseId === caseId);
      const remittedMinor = lines.reduce((total, line) => total + (line.paidOut?.amountMinor ?? 0n), 0n);
      await this.record(context, RemittanceIssuedSchema, { ...event, lines }, { caseId, kind: 'REMITTED', role: 'agency', at: event.paidOn, progress: { remittedMinor } });
    }
  }

  @HandlesEvent(FeeInvoicedSchema)
  async onInvoiced(event: MessageShape<typeof FeeInvoicedSchema>, context: EventContext) {
    for (const caseId of new Set(event.lines.map((line) => line.caseId).filter(Boolean))) {
      await this.record(context, FeeInvoicedSchema, { ...event, lines: event.lines.filter((line) => line.caseId === caseId) }, { caseId, kind: 'FEE_INVOICED', role: 'agency', at: event.issueDate });
    }
  }
}
