import { toJson, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import {
  Audience, CaseClosedSchema, CaseEscalatedSchema, CasePaidInFullSchema, ChargesAppliedSchema, ClosureRecommendedSchema, ContactChannel, ContactOutcomeRecordedSchema, CreditorApprovalRequestedSchema,
  DebtorScreenedSchema, DebtorStatusChangedSchema, DisputeOpenedSchema, DisputeResolvedSchema, DunningPausedSchema, DunningResumedSchema, FeeInvoicedSchema, InformationRequestedSchema,
  InstalmentMissedSchema, InstalmentPaidSchema, LegalActionRecommendedSchema, NotificationFailedSchema, NotificationSentSchema, PaymentAllocatedSchema, PaymentPlanAgreedSchema, PaymentReceivedSchema, RefundIssuedSchema, RefundReturnedSchema, RemittanceIssuedSchema,
  SettlementAgreedSchema, ThirdPartyLinkedSchema, type StoredDocument,
} from '@collections/contracts';
import { WITHHELD_FIELDS, type TimelineEntry, type TimelineRole } from '../../domain/timeline/timeline-entry';
import type { ProgressChange, TimelineDocument } from '../persistence/sql-timeline.store';

/** What one event adds to one case's timeline; `at` defaults to when the event was emitted. */
interface EntrySpec {
  caseId: string;
  kind: string;
  role: TimelineRole;
  at?: Timestamp | string;
  progress?: ProgressChange;
  /** The event as the creditor sees it, when it is not the one delivered (a remittance's lines for one case). */
  view?: unknown;
  /** A file the creditor may download from the entry (the letter, the statement, the invoice). */
  document?: StoredDocument;
}

export type ProjectedEntry = TimelineEntry & { progress: ProgressChange; documents?: TimelineDocument[] };

type Rule = { schema: DescMessage; entries: (event: never) => EntrySpec[] };
const rule = <S extends DescMessage>(schema: S, entries: (event: MessageShape<S>) => EntrySpec | EntrySpec[]): [string, Rule] => [
  schema.typeName,
  { schema, entries: ((event: MessageShape<S>) => [entries(event)].flat()) as (event: never) => EntrySpec[] },
];

const CHANNEL_KINDS: Partial<Record<ContactChannel, string>> = { [ContactChannel.LETTER]: 'LETTER_SENT', [ContactChannel.EMAIL]: 'EMAIL_SENT', [ContactChannel.SMS]: 'SMS_SENT' };

/**
 * Which timeline entries each event gives, by event type: the kind of entry, the role that acted,
 * when it happened (the event's own instant or date when it has one) and what it changes in the
 * case's figures. The projector applies these in batches.
 */
const RULES = new Map<string, Rule>([
  rule(DebtorScreenedSchema, (e) => ({ caseId: e.caseId, kind: 'SCREENED', role: 'agency' })),
  rule(DebtorStatusChangedSchema, (e) => ({ caseId: e.caseId, kind: 'DEBTOR_SITUATION_CHANGED', role: 'agency' })),
  rule(NotificationSentSchema, (e) => ({
    caseId: e.caseId, kind: e.audience === Audience.CREDITOR ? 'CREDITOR_NOTIFIED' : (CHANNEL_KINDS[e.channel] ?? 'MESSAGE_SENT'), role: 'agency', ...(e.sentAt ? { at: e.sentAt } : {}),
    ...(e.document ? { document: e.document } : {}),
  })),
  rule(NotificationFailedSchema, (e) => ({ caseId: e.caseId, kind: 'MESSAGE_NOT_DELIVERED', role: 'system' })),
  rule(ContactOutcomeRecordedSchema, (e) => ({ caseId: e.caseId, kind: e.channel === ContactChannel.HOME_VISIT ? 'VISIT' : 'CALL', role: 'agent', ...(e.contactedAt ? { at: e.contactedAt } : {}) })),
  rule(PaymentPlanAgreedSchema, (e) => ({ caseId: e.caseId, kind: 'PLAN_AGREED', role: 'agent' })),
  rule(SettlementAgreedSchema, (e) => ({ caseId: e.caseId, kind: 'SETTLEMENT_AGREED', role: 'agent' })),
  rule(ThirdPartyLinkedSchema, (e) => ({ caseId: e.caseId, kind: 'THIRD_PARTY_LINKED', role: 'agent' })),
  rule(DisputeOpenedSchema, (e) => ({ caseId: e.caseId, kind: 'DISPUTE_OPENED', role: 'debtor' })),
  rule(DisputeResolvedSchema, (e) => ({ caseId: e.caseId, kind: 'DISPUTE_RESOLVED', role: 'agent' })),
  rule(InformationRequestedSchema, (e) => ({ caseId: e.caseId, kind: 'INFORMATION_REQUESTED', role: 'agent' })),
  rule(CreditorApprovalRequestedSchema, (e) => ({ caseId: e.caseId, kind: 'APPROVAL_REQUESTED', role: 'agent' })),
  rule(ClosureRecommendedSchema, (e) => ({ caseId: e.caseId, kind: 'CLOSURE_RECOMMENDED', role: 'agency' })),
  rule(LegalActionRecommendedSchema, (e) => ({ caseId: e.caseId, kind: 'LEGAL_ACTION_RECOMMENDED', role: 'agency' })),
  rule(CaseEscalatedSchema, (e) => ({ caseId: e.caseId, kind: 'ESCALATED', role: 'agency' })),
  rule(ChargesAppliedSchema, (e) => ({ caseId: e.caseId, kind: 'CHARGES_APPLIED', role: 'agency' })),
  rule(DunningPausedSchema, (e) => ({ caseId: e.caseId, kind: 'DUNNING_PAUSED', role: 'system' })),
  rule(DunningResumedSchema, (e) => ({ caseId: e.caseId, kind: 'DUNNING_RESUMED', role: 'system' })),
  rule(CaseClosedSchema, (e) => ({ caseId: e.caseId, kind: 'CASE_CLOSED', role: 'agency', progress: { outcome: 'CLOSED' } })),
  rule(PaymentReceivedSchema, (e) => ({ caseId: e.caseId, kind: 'PAYMENT_RECEIVED', role: 'debtor', progress: { collectedMinor: e.amount?.amountMinor ?? 0n } })),
  rule(PaymentAllocatedSchema, (e) => {
    const left = e.remaining;
    const balanceMinor = (left?.principal?.amountMinor ?? 0n) + (left?.interest?.amountMinor ?? 0n) + (left?.costs?.amountMinor ?? 0n) + (left?.charges?.amountMinor ?? 0n);
    return { caseId: e.caseId, kind: 'PAYMENT_ALLOCATED', role: 'system', progress: { balanceMinor } };
  }),
  rule(CasePaidInFullSchema, (e) => ({ caseId: e.caseId, kind: 'PAID_IN_FULL', role: 'system', progress: { outcome: 'PAID_IN_FULL', balanceMinor: 0n } })),
  rule(InstalmentPaidSchema, (e) => ({ caseId: e.caseId, kind: 'INSTALMENT_PAID', role: 'debtor', at: e.paidOn })),
  rule(InstalmentMissedSchema, (e) => ({ caseId: e.caseId, kind: 'INSTALMENT_MISSED', role: 'system' })),
  // The debtor paid more than the case owed: the surplus went back to them, not to the creditor.
  rule(RefundIssuedSchema, (e) => ({ caseId: e.caseId, kind: 'REFUND_ISSUED', role: 'agency' })),
  // The debtor's bank sent that refund back (account closed, ...): the agency owes it to the debtor again.
  rule(RefundReturnedSchema, (e) => ({ caseId: e.caseId, kind: 'REFUND_RETURNED', role: 'system' })),
  // A remittance or an invoice spans cases: each case's timeline gets its own lines (and the totals).
  rule(RemittanceIssuedSchema, (e) =>
    [...new Set(e.lines.map((line) => line.caseId))].map((caseId) => {
      const lines = e.lines.filter((line) => line.caseId === caseId);
      const remittedMinor = lines.reduce((total, line) => total + (line.paidOut?.amountMinor ?? 0n), 0n);
      return { caseId, kind: 'REMITTED', role: 'agency', at: e.paidOn, progress: { remittedMinor }, view: { ...e, lines }, ...(e.statementDocument ? { document: e.statementDocument } : {}) };
    }),
  ),
  rule(FeeInvoicedSchema, (e) =>
    [...new Set(e.lines.map((line) => line.caseId).filter(Boolean))].map((caseId) => ({
      caseId, kind: 'FEE_INVOICED', role: 'agency', at: e.issueDate, view: { ...e, lines: e.lines.filter((line) => line.caseId === caseId) }, ...(e.invoiceDocument ? { document: e.invoiceDocument } : {}),
    })),
  ),
]);

/** The event types that become timeline entries. */
export const PROJECTED_EVENT_TYPES: ReadonlySet<string> = new Set(RULES.keys());

/** The entries an event gives (none for a type the timeline does not show), with what the creditor may see of it. */
export function timelineEntriesOf(type: string, event: unknown, meta: { id: string; time?: string }): ProjectedEntry[] {
  const found = RULES.get(type);
  if (!found) return [];
  return found.entries(event as never).map((spec) => {
    const details = withoutObjectKeys(toJson(found.schema, (spec.view ?? event) as never, { alwaysEmitImplicit: false })) as Record<string, unknown>;
    for (const field of WITHHELD_FIELDS[type] ?? []) delete details[field];
    const occurredAt = typeof spec.at === 'string' ? new Date(`${spec.at}T00:00:00Z`) : spec.at ? timestampDate(spec.at) : new Date(meta.time ?? Date.now());
    const document = spec.document?.objectKey ? documentOf(spec.document) : undefined;
    if (document) details.documents = [{ id: document.documentId, fileName: document.fileName, contentType: document.contentType, sizeBytes: document.sizeBytes }];
    return { caseId: spec.caseId, eventId: meta.id, eventType: type, kind: spec.kind, role: spec.role, occurredAt, details, progress: spec.progress ?? {}, ...(document ? { documents: [document] } : {}) };
  });
}

const documentOf = (stored: StoredDocument): TimelineDocument => ({
  documentId: stored.documentId, objectKey: stored.objectKey, fileName: stored.fileName, contentType: stored.contentType, sizeBytes: Number(stored.sizeBytes),
});

/** Where a file sits in the object store is the platform's business; the creditor downloads it through intake. */
function withoutObjectKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutObjectKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'objectKey').map(([key, item]) => [key, withoutObjectKeys(item)]));
  return value;
}
