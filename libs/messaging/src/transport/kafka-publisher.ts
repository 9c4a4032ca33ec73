import { Partitioners, type Admin, type Producer, type RecordMetadata } from 'kafkajs';

export interface OutgoingKafkaMessage {
  topic: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** The broker acknowledged a send, but not for every partition it was for. */
export class IncompleteSendError extends Error {
  readonly retriable = true;
}

const partitionFor = Partitioners.DefaultPartitioner();

/**
 * An idempotent, acks=all producer that resolves only when every message is acknowledged.
 *
 * Why not `producer.sendBatch` alone: kafkajs groups a batch by partition leader and, when a
 * leader fails mid-send, retries only the brokers that have not answered yet. A partition whose
 * leadership moved to a broker that had already answered is then silently left out, and the call
 * still succeeds: our three-broker kill test lost 3-4 acknowledged events this way in about one
 * run out of five, and kafkajs kept skipping that partition until its metadata was refreshed.
 * So each message is given its partition here (kafkajs' own murmur2 partitioner,
 * the Java client's default, so other clients agree), and the broker's answer must name every
 * partition sent to; otherwise the send fails and the caller retries (duplicates are absorbed by
 * the consumers' inboxes; a lost event could never be recovered).
 */
export class KafkaPublisher {
  private readonly partitionCounts = new Map<string, number>();
  private adminConnected = false;

  private producer: Producer;

  /** `createProducer` makes a new client each time: after a failover a fresh one is the only sure cure. */
  constructor(
    private readonly createProducer: () => Producer,
    private readonly admin: Admin,
  ) {
    this.producer = createProducer();
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    if (this.adminConnected) await this.admin.disconnect();
    this.adminConnected = false;
  }

  async send(messages: OutgoingKafkaMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, Array<OutgoingKafkaMessage & { partition: number }>>();
    for (const message of messages) {
      const partitions = await this.partitionCount(message.topic);
      const partition = partitionFor({
        topic: message.topic,
        partitionMetadata: Array.from({ length: partitions }, (_, partitionId) => ({ partitionId, leader: 0, replicas: [], isr: [], partitionErrorCode: 0 })),
        message: { key: message.key, value: message.value },
      });
      const list = byTopic.get(message.topic) ?? [];
      list.push({ ...message, partition });
      byTopic.set(message.topic, list);
    }
    const acknowledged: RecordMetadata[] = await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map(({ key, value, headers, partition }) => ({ key, value, headers, partition })),
      })),
    });
    const answered = new Set(acknowledged.filter((r) => r.errorCode === 0).map((r) => `${r.topicName}/${r.partition}`));
    const missing = [...byTopic].flatMap(([topic, list]) =>
      [...new Set(list.map((m) => `${topic}/${m.partition}`))].filter((tp) => !answered.has(tp)),
    );
    if (missing.length > 0) {
      // kafkajs does not notice the stale leader by itself (it saw no error), and a reconnect of the
      // same client was not enough in our fault test: replace the client, so the caller's retry
      // starts from fresh metadata and reaches the partition's new leader.
      const stale = this.producer;
      this.producer = this.createProducer();
      await stale.disconnect().catch(() => undefined);
      await this.producer.connect();
      throw new IncompleteSendError(`the broker did not acknowledge ${missing.join(', ')}; sending again`);
    }
  }

  private async partitionCount(topic: string): Promise<number> {
    const known = this.partitionCounts.get(topic);
    if (known) return known;
    if (!this.adminConnected) {
      await this.admin.connect();
      this.adminConnected = true;
    }
    const metadata = await this.admin.fetchTopicMetadata({ topics: [topic] });
    const count = metadata.topics[0]?.partitions.length ?? 0;
    if (count === 0) throw new Error(`topic ${topic} does not exist`);
    this.partitionCounts.set(topic, count);
    return count;
  }
}
