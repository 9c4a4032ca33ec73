import { Kafka, logLevel, type Admin, type Consumer, type ConsumerConfig, type Producer } from 'kafkajs';

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
}

export interface OutgoingKafkaMessage {
  topic: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export class KafkaTransport {
  private readonly kafka: Kafka;

  constructor(readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      requestTimeout: options.requestTimeoutMs ?? 10_000,
      connectionTimeout: 3_000,
      // Our own retry loops decide what happens next; kafkajs retries a little inside each call.
      retry: { initialRetryTime: 100, retries: 8, maxRetryTime: 5_000 },
      logLevel: logLevel.NOTHING,
    });
  }

  /** Idempotent producer with acks=all (the broker's min.insync.replicas applies). */
  createProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      // kafkajs only guarantees order with idempotence when one request is in flight.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
  }

  createConsumer(config: ConsumerConfig): Consumer {
    return this.kafka.consumer({ allowAutoTopicCreation: false, ...config });
  }

  createAdmin(): Admin {
    return this.kafka.admin();
  }
}

/** Sends a batch across topics with acks=all and resolves only once the broker acknowledged all of it. */
export async function sendAll(producer: Producer, messages: OutgoingKafkaMessage[]): Promise<void> {
  const byTopic = new Map<string, OutgoingKafkaMessage[]>();
  for (const message of messages) {
    const list = byTopic.get(message.topic) ?? [];
    list.push(message);
    byTopic.set(message.topic, list);
  }
  await producer.sendBatch({
    acks: -1,
    topicMessages: [...byTopic].map(([topic, list]) => ({
      topic,
      messages: list.map(({ key, value, headers }) => ({ key, value, headers })),
    })),
  });
}

/** Creates topics that do not exist yet (local runs and tests; production uses Strimzi KafkaTopic). */
export async function ensureTopics(
  admin: Admin,
  topics: Array<{ name: string; partitions: number; replicationFactor?: number; config?: Record<string, string> }>,
): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic.name));
  if (missing.length === 0) return;
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((topic) => ({
      topic: topic.name,
      numPartitions: topic.partitions,
      replicationFactor: topic.replicationFactor ?? 1,
      configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
    })),
  });
}
