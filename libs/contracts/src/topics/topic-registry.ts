import type { ExternalParty, ServiceName } from '../services/service-names';

/**
 * Every Kafka topic of the platform, in one place (STYLE.md §6). The local Kafka launcher and
 * the Kubernetes (Strimzi KafkaTopic) manifests create topics from `kafkaTopicSpecs()`; the
 * event catalog maps each event type to the topic listed here.
 *
 * Names are `<producer>.<stream>.v<major>`: one stream per producing domain, so a consumer sees
 * all events of a case in order. A breaking contract change is a new `.v2` topic run alongside.
 */

/** A consumer group, named `<service>.<purpose>`. */
export type ConsumerGroup = `${ServiceName}.${string}`;

/** The payload field whose value is the Kafka message key. */
export type TopicKey = 'case_id' | 'claim_id' | 'creditor_id' | 'case_import_id';

export interface TopicDefinition {
  readonly name: string;
  /** The service that owns the topic: its contract, its name prefix, its ACLs. */
  readonly owner: ServiceName;
  /** Who writes to it: the owner, or an external party the owner admits (inbound channels). */
  readonly producer: ServiceName | ExternalParty;
  readonly key: TopicKey;
  /** Partitions in production; sized for consumer parallelism, keyed traffic spreads evenly. */
  readonly partitions: number;
  /** Partitions on a developer machine: more than one, so tests still see several partitions. */
  readonly localPartitions: number;
  readonly retentionMs: number;
  /**
   * Always `delete`: topics carry many events per key, and compaction would keep only the last
   * one of each case. State lives in each service's database, not in Kafka.
   */
  readonly cleanupPolicy: 'delete';
  /** CloudEvents `type`s (protobuf full names) carried; each event type is on one topic only. */
  readonly events: readonly string[];
  /** Platform consumer groups; each gets a retry and a dead-letter topic. */
  readonly consumers: readonly ConsumerGroup[];
  /** Readers outside the platform; they get no retry or dead-letter topics from us. */
  readonly externalConsumers?: readonly ExternalParty[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Kafka is not the system of record (each service keeps what it needs in its own tables), so
 * retention only has to cover an outage of a consumer plus a replay.
 */
export const RETENTION_MS = {
  events: 30 * DAY_MS,
  inbound: 14 * DAY_MS,
  /** Parked messages wait for an operator to look and replay. */
  deadLetter: 30 * DAY_MS,
  /** Retries are short-lived by design: back-off is minutes, not days. */
  retry: 7 * DAY_MS,
} as const;

/** The `<producer>` part of the topic names each service owns. */
export const TOPIC_PREFIXES: Readonly<Record<ServiceName, string>> = {
  intake: 'intake',
  'debtor-screening': 'screening',
  dunning: 'dunning',
  'contact-center': 'contact-center',
  payments: 'payments',
  notifications: 'notifications',
};

const caseStream = { key: 'case_id', partitions: 12, localPartitions: 3, retentionMs: RETENTION_MS.events, cleanupPolicy: 'delete' } as const;

export const TOPICS = [
  {
    name: 'intake.claims-inbound.v1',
    owner: 'intake',
    producer: 'creditor-channels',
    key: 'claim_id',
    partitions: 6,
    localPartitions: 3,
    retentionMs: RETENTION_MS.inbound,
    cleanupPolicy: 'delete',
    events: ['collections.v1.ClaimSubmitted'],
    consumers: ['intake.claim-intake'],
  },
  {
    name: 'intake.claims-outcomes.v1',
    owner: 'intake',
    producer: 'intake',
    key: 'claim_id',
    partitions: 6,
    localPartitions: 3,
    retentionMs: RETENTION_MS.inbound,
    cleanupPolicy: 'delete',
    events: ['collections.v1.ClaimAccepted', 'collections.v1.ClaimRejected'],
    consumers: [],
    externalConsumers: ['creditor-channels'],
  },
  {
    // File-level summaries of bulk imports; each case of a file also has its own CaseOpened.
    name: 'intake.case-imports.v1',
    owner: 'intake',
    producer: 'intake',
    key: 'case_import_id',
    partitions: 3,
    localPartitions: 3,
    retentionMs: RETENTION_MS.events,
    cleanupPolicy: 'delete',
    events: ['collections.v1.CaseImportCompleted'],
    consumers: [],
  },
  {
    ...caseStream,
    name: 'intake.cases.v1',
    owner: 'intake',
    producer: 'intake',
    events: [
      'collections.v1.CaseOpened',
      'collections.v1.CaseWithdrawn',
      'collections.v1.CreditorInstructed',
      'collections.v1.DirectPaymentReported',
      'collections.v1.RegistrationFeeCharged',
      'collections.v1.CreditorMessageSent',
    ],
    consumers: ['debtor-screening.screening', 'dunning.case-plans', 'contact-center.work-queues', 'payments.ledger', 'notifications.dispatch'],
  },
  {
    ...caseStream,
    name: 'screening.verdicts.v1',
    owner: 'debtor-screening',
    producer: 'debtor-screening',
    events: ['collections.v1.DebtorScreened', 'collections.v1.DebtorStatusChanged'],
    consumers: ['dunning.case-plans', 'intake.timeline'],
  },
  {
    ...caseStream,
    name: 'dunning.actions.v1',
    owner: 'dunning',
    producer: 'dunning',
    events: [
      'collections.v1.LetterRequested',
      'collections.v1.MessageRequested',
      'collections.v1.CallRequested',
      'collections.v1.CallbackDeclined',
      'collections.v1.VisitRequested',
      'collections.v1.CaseEscalated',
      'collections.v1.ChargesApplied',
      'collections.v1.ClosureRecommended',
      'collections.v1.LegalActionRecommended',
      'collections.v1.DunningPaused',
      'collections.v1.DunningResumed',
      'collections.v1.CaseClosed',
      'collections.v1.NextStepScheduled',
    ],
    consumers: ['notifications.dispatch', 'contact-center.work-queues', 'payments.ledger', 'intake.timeline'],
  },
  {
    ...caseStream,
    name: 'contact-center.interactions.v1',
    owner: 'contact-center',
    producer: 'contact-center',
    events: [
      'collections.v1.ContactOutcomeRecorded',
      'collections.v1.PaymentPlanAgreed',
      'collections.v1.SettlementAgreed',
      'collections.v1.DisputeOpened',
      'collections.v1.DisputeResolved',
      'collections.v1.CreditorApprovalRequested',
      'collections.v1.InformationRequested',
      'collections.v1.ConsultantMessageSent',
      'collections.v1.CreditorMessagesRead',
      'collections.v1.ThirdPartyLinked',
    ],
    consumers: ['dunning.case-plans', 'payments.ledger', 'intake.timeline', 'notifications.dispatch'],
  },
  {
    ...caseStream,
    name: 'payments.ledger.v1',
    owner: 'payments',
    producer: 'payments',
    events: [
      'collections.v1.PaymentReceived',
      'collections.v1.PaymentAllocated',
      'collections.v1.CasePaidInFull',
      'collections.v1.InstalmentPaid',
      'collections.v1.InstalmentMissed',
      'collections.v1.RefundIssued',
      'collections.v1.RefundReturned',
    ],
    consumers: ['dunning.case-plans', 'contact-center.work-queues', 'intake.timeline'],
  },
  {
    // Remittances and fee invoices span many cases: keyed by creditor, in order per creditor.
    name: 'payments.creditor-accounts.v1',
    owner: 'payments',
    producer: 'payments',
    key: 'creditor_id',
    partitions: 6,
    localPartitions: 3,
    retentionMs: RETENTION_MS.events,
    cleanupPolicy: 'delete',
    events: ['collections.v1.RemittanceIssued', 'collections.v1.FeeInvoiced'],
    consumers: ['intake.timeline', 'notifications.dispatch'],
  },
  {
    ...caseStream,
    name: 'notifications.deliveries.v1',
    owner: 'notifications',
    producer: 'notifications',
    events: [
      'collections.v1.NotificationSent',
      'collections.v1.NotificationFailed',
      'collections.v1.NotificationDelivered',
    ],
    consumers: ['dunning.case-plans', 'intake.timeline'],
  },
] as const satisfies readonly TopicDefinition[];

export type TopicName = (typeof TOPICS)[number]['name'];

/** Every event type carried by some topic, e.g. `collections.v1.CaseOpened`. */
export type EventType = (typeof TOPICS)[number]['events'][number];

export function findTopic(name: string): TopicDefinition | undefined {
  return TOPICS.find((topic) => topic.name === name);
}

/**
 * Where a consumer group parks a message it cannot process, with the error in the headers.
 * `group` is a plain string so that test suites can use throw-away group ids; the registry's
 * own groups are `ConsumerGroup`s and checked by the contract specs.
 */
export function deadLetterTopic(topic: string, group: string): string {
  return `${topic}.${group}.dlq`;
}

/** Where a consumer group puts a message to try again after a back-off. */
export function retryTopic(topic: string, group: string): string {
  return `${topic}.${group}.retry`;
}

export interface DerivedTopic {
  readonly name: string;
  readonly kind: 'retry' | 'dlq';
  readonly source: TopicDefinition;
  readonly group: ConsumerGroup;
}

/** The retry and dead-letter topics of every consumer group declared in `TOPICS`. */
export function derivedTopics(): DerivedTopic[] {
  return TOPICS.flatMap((source: TopicDefinition) =>
    source.consumers.flatMap((group): DerivedTopic[] => [
      { name: retryTopic(source.name, group), kind: 'retry', source, group },
      { name: deadLetterTopic(source.name, group), kind: 'dlq', source, group },
    ]),
  );
}

export interface KafkaTopicSpec {
  name: string;
  partitions: number;
  replicationFactor?: number;
  config?: Record<string, string>;
}

export interface KafkaTopicSpecOptions {
  /** Developer machine: fewer partitions, replication factor 1 unless overridden. */
  local?: boolean;
  /** Overrides the replication factor (3 in production, 1 locally), e.g. for a 3-broker test cluster. */
  replicationFactor?: number;
}

/** Dead-letter topics see little traffic and are read by operators, not scaled consumers. */
const DLQ_PARTITIONS = { production: 3, local: 1 } as const;

/**
 * Every topic to create: the registry's topics, then each consumer group's retry and
 * dead-letter topics. Retry topics keep the source's partition count so a key's retries spread
 * like the key itself.
 */
export function kafkaTopicSpecs(opts: KafkaTopicSpecOptions = {}): KafkaTopicSpec[] {
  const local = opts.local ?? false;
  const replicationFactor = opts.replicationFactor ?? (local ? 1 : 3);
  // With 3 replicas, acks=all survives one broker down; with 1, there is nothing to wait for.
  const minInsyncReplicas = String(Math.max(1, Math.min(2, replicationFactor - 1)));
  const spec = (name: string, partitions: number, retentionMs: number): KafkaTopicSpec => ({
    name,
    partitions,
    replicationFactor,
    config: {
      'cleanup.policy': 'delete',
      'retention.ms': String(retentionMs),
      'min.insync.replicas': minInsyncReplicas,
    },
  });
  const partitionsOf = (topic: TopicDefinition) => (local ? topic.localPartitions : topic.partitions);

  return [
    ...TOPICS.map((topic: TopicDefinition) => spec(topic.name, partitionsOf(topic), topic.retentionMs)),
    ...derivedTopics().map((derived) =>
      derived.kind === 'retry'
        ? spec(derived.name, partitionsOf(derived.source), RETENTION_MS.retry)
        : spec(derived.name, local ? DLQ_PARTITIONS.local : DLQ_PARTITIONS.production, RETENTION_MS.deadLetter),
    ),
  ];
}
