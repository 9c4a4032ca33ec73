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

/** The broker refused a send because the producer's id or sequence numbers no longer match its own. */
export class ProducerOutOfStepError extends Error {
  readonly retriable = true;
}

/**
 * Broker answers meaning the idempotent producer's state (producer id, epoch, per-partition
 * sequence numbers) no longer matches the broker's. kafkajs treats them as non-retriable and never
 * resynchronises (the Java client bumps its epoch or takes a new producer id): every later send of
 * that client fails the same way.
 */
const PRODUCER_STATE_ERRORS = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'DUPLICATE_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
]);

function producerStateError(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    const type = (current as { type?: unknown }).type;
    if (typeof type === 'string' && PRODUCER_STATE_ERRORS.has(type)) return type;
  }
  return undefined;
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
 *
 * Why a new client after OUT_OF_ORDER_SEQUENCE_NUMBER: kafkajs takes back the sequence numbers of
 * a request that failed (connection closed, timeout), but the broker may have appended it anyway:
 * a leader that replicated a batch and was killed before answering. If kafkajs' own retries give
 * up before a new leader is elected (they did, under load, in the three-broker kill test; all three
 * replicas held the batch), the caller's next send is a different batch reusing those numbers. The
 * broker cannot take it for a retry of the batch it kept and refuses it, and every send after it,
 * for ever. A fresh client gets a new producer id and starts its sequences again; the batch the
 * broker kept is then published twice, which the consumers' inboxes absorb.
 */
export class KafkaPublisher {
  private readonly partitionCounts = new Map<string, number>();
  private adminConnected = false;

  private producer: Producer;
  /** The current producer's connect(); reset when it fails, so the next send tries again. */
  private connecting?: Promise<void>;

  /** `createProducer` makes a new client each time: after a failover a fresh one is the only sure cure. */
  constructor(
    private readonly createProducer: () => Producer,
    private readonly admin: Admin,
  ) {
    this.producer = createProducer();
  }

  async connect(): Promise<void> {
    await this.connected();
  }

  async disconnect(): Promise<void> {
    this.connecting = undefined;
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
    const producer = await this.connected();
    let acknowledged: RecordMetadata[];
    try {
      acknowledged = await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map(({ key, value, headers, partition }) => ({ key, value, headers, partition })),
        })),
      });
    } catch (error) {
      const refusal = producerStateError(error);
      if (!refusal) throw error;
      await this.replace(producer);
      throw new ProducerOutOfStepError(`the broker refused the producer's sequence (${refusal}); sending again with a new producer id`, { cause: error });
    }
    const answered = new Set(acknowledged.filter((r) => r.errorCode === 0).map((r) => `${r.topicName}/${r.partition}`));
    const missing = [...byTopic].flatMap(([topic, list]) =>
      [...new Set(list.map((m) => `${topic}/${m.partition}`))].filter((tp) => !answered.has(tp)),
    );
    if (missing.length > 0) {
      // kafkajs does not notice the stale leader by itself (it saw no error), and a reconnect of the
      // same client was not enough in our fault test: replace the client, so the caller's retry
      // starts from fresh metadata and reaches the partition's new leader.
      await this.replace(producer);
      throw new IncompleteSendError(`the broker did not acknowledge ${missing.join(', ')}; sending again`);
    }
  }

  /** The current client, connected (a failed connect is tried again on the next send). */
  private async connected(): Promise<Producer> {
    const producer = this.producer;
    if (!this.connecting) {
      const connecting = producer.connect();
      this.connecting = connecting;
      connecting.catch(() => {
        if (this.connecting === connecting) this.connecting = undefined;
      });
    }
    await this.connecting;
    return producer;
  }

  /**
   * Swaps in a new client unless a concurrent send already did, and starts connecting it so the
   * caller's retry finds it ready. The old one is disconnected: a send still running on it fails
   * and is retried by its caller.
   */
  private async replace(stale: Producer): Promise<void> {
    if (this.producer !== stale) return;
    this.producer = this.createProducer();
    this.connecting = undefined;
    await stale.disconnect().catch(() => undefined);
    await this.connected().catch(() => undefined);
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
