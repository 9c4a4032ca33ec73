import type { KafkaClientSecurity } from '@collections/observability';
import { Kafka, logLevel, type Admin, type Consumer, type ConsumerConfig } from 'kafkajs';
import { KafkaPublisher } from './kafka-publisher';
import { kafkaSecurityOptions, type KafkaSecurityOptions } from './kafka-security';

export { KafkaPublisher, IncompleteSendError, ProducerOutOfStepError, type OutgoingKafkaMessage } from './kafka-publisher';

/**
 * The only file that constructs Kafka clients. Services never import kafkajs: they publish through
 * the outbox and handle events through decorated methods. The rest of this library uses the subset
 * of the KafkaJS API that @confluentinc/kafka-javascript also implements (its "KafkaJS-compatible"
 * API), so switching clients means changing this factory.
 */
export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Bounds how long a send waits for the broker before the relay retries. */
  requestTimeoutMs?: number;
  /** SASL and TLS (ServiceConfig's KAFKA_SASL_* and KAFKA_SSL*); absent: plaintext, no authentication. */
  security?: KafkaClientSecurity;
}

export class KafkaTransport {
  private readonly kafka: Kafka;
  // Resolved once (the CA file is read here); holds the password, so it is never exposed or logged.
  private readonly securityOptions: KafkaSecurityOptions;

  constructor(private readonly options: KafkaTransportOptions) {
    this.securityOptions = kafkaSecurityOptions(options.security);
    this.kafka = this.newClient();
  }

  private newClient(): Kafka {
    const options = this.options;
    return new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ...this.securityOptions,
      requestTimeout: options.requestTimeoutMs ?? 10_000,
      connectionTimeout: 3_000,
      // Our own retry loops decide what happens next; kafkajs retries a little inside each call.
      retry: { initialRetryTime: 100, retries: 8, maxRetryTime: 5_000 },
      logLevel: logLevel.NOTHING,
    });
  }

  /** Idempotent producer with acks=all (the broker's min.insync.replicas applies). */
  createProducer(): KafkaPublisher {
    const createProducer = () =>
      this.newClient().producer({
        idempotent: true,
        // kafkajs only guarantees order with idempotence when one request is in flight.
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
      });
    return new KafkaPublisher(createProducer, this.kafka.admin());
  }

  createConsumer(config: ConsumerConfig): Consumer {
    return this.kafka.consumer({ allowAutoTopicCreation: false, ...config });
  }

  createAdmin(): Admin {
    return this.kafka.admin();
  }
}

/** Creates topics that do not exist yet (local runs and tests; production uses Strimzi KafkaTopic). */
export async function ensureTopics(
  admin: Admin,
  topics: Array<{ name: string; partitions: number; replicationFactor?: number; config?: Record<string, string> }>,
): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic.name));
  if (missing.length === 0) return;
  // Not waitForLeaders: a KRaft broker may briefly deny hosting a new partition, which kafkajs
  // reports as an error; poll the offsets instead until every partition has a leader.
  await admin.createTopics({
    waitForLeaders: false,
    topics: missing.map((topic) => ({
      topic: topic.name,
      numPartitions: topic.partitions,
      replicationFactor: topic.replicationFactor ?? 1,
      configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
    })),
  });
  for (const topic of missing) {
    for (let attempt = 1; ; attempt++) {
      const ready = await admin.fetchTopicOffsets(topic.name).then((offsets) => offsets.length === topic.partitions, () => false);
      if (ready) break;
      if (attempt >= 100) throw new Error(`topic ${topic.name} has no leaders after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
