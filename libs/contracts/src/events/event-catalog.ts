import type { DescMessage } from '@bufbuild/protobuf';
import {
  CallbackDeclinedSchema,
  CallRequestedSchema,
  CaseClosedSchema,
  CaseEscalatedSchema,
  ChargesAppliedSchema,
  ClosureRecommendedSchema,
  DunningPausedSchema,
  DunningResumedSchema,
  LegalActionRecommendedSchema,
  LetterRequestedSchema,
  MessageRequestedSchema,
  NextStepScheduledSchema,
  VisitRequestedSchema,
} from '../generated/collections/v1/dunning_pb';
import {
  ContactOutcomeRecordedSchema,
  CreditorApprovalRequestedSchema,
  DisputeOpenedSchema,
  DisputeResolvedSchema,
  ConsultantMessageSentSchema,
  CreditorMessagesReadSchema,
  InformationRequestedSchema,
  PaymentPlanAgreedSchema,
  SettlementAgreedSchema,
  ThirdPartyLinkedSchema,
} from '../generated/collections/v1/contact_center_pb';
import {
  CaseImportCompletedSchema,
  CaseOpenedSchema,
  CaseWithdrawnSchema,
  CreditorInstructedSchema,
  CreditorMessageSentSchema,
  DirectPaymentReportedSchema,
  RegistrationFeeChargedSchema,
} from '../generated/collections/v1/intake_pb';
import { ClaimAcceptedSchema, ClaimRejectedSchema, ClaimSubmittedSchema } from '../generated/collections/v1/intake_claims_pb';
import {
  NotificationDeliveredSchema,
  NotificationFailedSchema,
  NotificationSentSchema,
} from '../generated/collections/v1/notifications_pb';
import {
  CasePaidInFullSchema,
  FeeInvoicedSchema,
  InstalmentMissedSchema,
  InstalmentPaidSchema,
  RefundIssuedSchema,
  RefundReturnedSchema,
  PaymentAllocatedSchema,
  PaymentReceivedSchema,
  RemittanceIssuedSchema,
} from '../generated/collections/v1/payments_pb';
import { DebtorScreenedSchema, DebtorStatusChangedSchema } from '../generated/collections/v1/screening_pb';
import type { ExternalParty, ServiceName } from '../services/service-names';
import { TOPICS, type EventType, type TopicDefinition, type TopicKey, type TopicName } from '../topics/topic-registry';

/**
 * The integration events of the platform. The CloudEvents `type` of an event is the protobuf
 * full name of its payload (`collections.v1.CaseOpened`); a consumer looks it up here to decode
 * the payload, and a producer to find the topic and key.
 */
export interface EventCatalogEntry {
  readonly type: EventType;
  readonly schema: DescMessage;
  readonly topic: TopicName;
  readonly producer: ServiceName | ExternalParty;
  /** The payload field holding the Kafka key (the case id for every case event). */
  readonly key: TopicKey;
}

/** Every event payload, grouped by producer. Topic and producer come from the topic registry. */
const EVENT_SCHEMAS: readonly DescMessage[] = [
  // intake
  ClaimSubmittedSchema,
  ClaimAcceptedSchema,
  ClaimRejectedSchema,
  CaseOpenedSchema,
  CaseWithdrawnSchema,
  CreditorInstructedSchema,
  DirectPaymentReportedSchema,
  RegistrationFeeChargedSchema,
  CreditorMessageSentSchema,
  CaseImportCompletedSchema,
  // debtor-screening
  DebtorScreenedSchema,
  DebtorStatusChangedSchema,
  // dunning
  LetterRequestedSchema,
  MessageRequestedSchema,
  CallRequestedSchema,
  CallbackDeclinedSchema,
  VisitRequestedSchema,
  CaseEscalatedSchema,
  ChargesAppliedSchema,
  ClosureRecommendedSchema,
  LegalActionRecommendedSchema,
  DunningPausedSchema,
  DunningResumedSchema,
  CaseClosedSchema,
  NextStepScheduledSchema,
  // contact-center
  ContactOutcomeRecordedSchema,
  PaymentPlanAgreedSchema,
  SettlementAgreedSchema,
  DisputeOpenedSchema,
  DisputeResolvedSchema,
  CreditorApprovalRequestedSchema,
  InformationRequestedSchema,
  ConsultantMessageSentSchema,
  CreditorMessagesReadSchema,
  ThirdPartyLinkedSchema,
  // payments
  PaymentReceivedSchema,
  PaymentAllocatedSchema,
  CasePaidInFullSchema,
  InstalmentMissedSchema,
  InstalmentPaidSchema,
  RefundIssuedSchema,
  RefundReturnedSchema,
  RemittanceIssuedSchema,
  FeeInvoicedSchema,
  // notifications
  NotificationSentSchema,
  NotificationFailedSchema,
  NotificationDeliveredSchema,
];

function entryFor(schema: DescMessage): EventCatalogEntry {
  const topic: TopicDefinition | undefined = TOPICS.find((t: TopicDefinition) => t.events.includes(schema.typeName));
  if (!topic) {
    // A programming error caught by the contract specs before it can ship.
    throw new Error(`event ${schema.typeName} is on no topic: add it to TOPICS in topic-registry.ts`);
  }
  return {
    type: schema.typeName as EventType,
    schema,
    topic: topic.name as TopicName,
    producer: topic.producer,
    key: topic.key,
  };
}

export const EVENT_CATALOG: readonly EventCatalogEntry[] = EVENT_SCHEMAS.map(entryFor);

const byType = new Map<string, EventCatalogEntry>(EVENT_CATALOG.map((entry) => [entry.type, entry]));

/** The catalog entry for a CloudEvents `type`, or undefined for a type this version does not know. */
export function findEventType(type: string): EventCatalogEntry | undefined {
  return byType.get(type);
}
