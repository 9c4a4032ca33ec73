import type { Consumer, EachBatchPayload } from 'kafkajs';
import type { KafkaPublisher } from '../transport/kafka-publisher';
import type { DataSource } from 'typeorm';
import { deadLetterTopic, retryTopic } from '@collections/contracts';
import type { EventTypeLookup } from '../envelope/event-codec';
import { classifyError } from '../errors/error-classification';
import { PermanentMessageError, RejectedMessageError, RetriesExhaustedError } from '../errors/message-errors';
import { messagingMetrics } from '../metrics/messaging-metrics';
import type { OutboxWriter } from '../outbox/outbox-writer';
import { ensureTopics, type KafkaTransport } from '../transport/kafka-transport';
import { backoffDelay, sleep, type BackoffOptions } from './backoff';
import { ChunkApplier, type Outcome, type ParkDecision, type ParkedHook } from './chunk-applier';
import { ConsumerLagMonitor } from './consumer-lag';
import { toDeadLetterMessage } from '../dead-letters/dead-letter-message';
import type { EventHandlerFn } from './event-handler';
import { prepareChunk, type PreparedMessage } from './prepared-message';

/** The most one fetch brings across all its partitions (unless a single message may be larger). */
const FETCH_MAX_BYTES = 2_621_440;

export interface EventConsumerOptions {
  /** `<service>.<purpose>`; also names the group's retry and dead-letter topics. */
  group: string;
  topics: string[];
  handlers: Map<string, EventHandlerFn>;
  lookup: EventTypeLookup;
  outbox: OutboxWriter;
  /** Attempts for an unclassified error before the message is parked. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  maxMessageBytes?: number;
  /** Messages applied per database transaction. */
  chunkSize?: number;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /**
   * How long a rebalance waits for members to rejoin: longer than the slowest handler, since a
   * member rejoins only after the message in hand; but a member that died is also waited for this long.
   */
  rebalanceTimeoutMs?: number;
  /** How often resolved offsets are committed; the inbox makes a lost commit harmless. */
  commitIntervalMs?: number;
  /** How often `messaging_consumer_lag` is read from the broker (committed vs end offsets); 0 turns it off. */
  lagRefreshMs?: number;
  /** Create the group's retry and dead-letter topics if missing (local runs; production uses Strimzi). */
  ensureTopics?: boolean;
  replicationFactor?: number;
  log?: (level: 'info' | 'warn' | 'error', message: string, ids: Record<string, unknown>) => void;
  /** Called once per message after its outcome is final (applied, duplicate, ignored or parked). */
  onOutcome?: (outcome: Outcome['kind'], message: PreparedMessage) => void;
  /** Called in the transaction that parks a message for its own failure (see ParkedHook). */
  onParked?: ParkedHook;
}

/** Thrown inside a batch when the consumer is stopping or lost the partition: leave the offset alone. */
class StopBatch extends Error {}

/**
 * Runs one consumer group: reads each partition in order, applies events through the inbox in
 * database transactions, retries what may succeed later, and parks what never will.
 *
 * Offsets are resolved only after a message is applied, found duplicate, or parked (and the
 * dead-letter topic acknowledged it), so nothing is committed past an unapplied message.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private lagMonitor?: ConsumerLagMonitor;
  private readonly applier: ChunkApplier;
  private running = false;
  private readonly opts: Required<Omit<EventConsumerOptions, 'log' | 'replicationFactor' | 'onOutcome' | 'onParked'>> & Pick<EventConsumerOptions, 'log' | 'replicationFactor' | 'onOutcome' | 'onParked'>;

  constructor(
    private readonly transport: KafkaTransport,
    dataSource: DataSource,
    private readonly producer: KafkaPublisher,
    options: EventConsumerOptions,
  ) {
    this.opts = {
      maxAttempts: 5,
      backoff: { initialMs: 200, maxMs: 10_000 },
      maxMessageBytes: 1_048_576,
      chunkSize: 200,
      sessionTimeoutMs: 30_000,
      heartbeatIntervalMs: 3_000,
      commitIntervalMs: 1_000,
      lagRefreshMs: 15_000,
      rebalanceTimeoutMs: 60_000,
      ensureTopics: true,
      ...options,
    };
    this.applier = new ChunkApplier(dataSource, { group: options.group, handlers: options.handlers, outbox: options.outbox, onParked: options.onParked });
  }

  get group(): string {
    return this.opts.group;
  }

  async start(): Promise<void> {
    const { group, topics } = this.opts;
    const retryTopics = topics.map((topic) => retryTopic(topic, group));
    if (this.opts.ensureTopics) await this.ensureGroupTopics();
    this.consumer = this.transport.createConsumer({
      groupId: group,
      sessionTimeout: this.opts.sessionTimeoutMs,
      heartbeatInterval: this.opts.heartbeatIntervalMs,
      rebalanceTimeout: Math.max(this.opts.rebalanceTimeoutMs, this.opts.sessionTimeoutMs),
      maxBytesPerPartition: Math.max(this.opts.maxMessageBytes * 2, 1_048_576),
      // kafkajs fetches up to 10 MiB at once by default, held outside the heap while the batch is
      // applied: with a backlog on every topic of several groups that is tens of MB of a service's
      // RSS. A quarter of it still brings thousands of events per fetch.
      maxBytes: Math.max(this.opts.maxMessageBytes * 2, FETCH_MAX_BYTES),
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...topics, ...retryTopics], fromBeginning: true });
    this.running = true;
    await this.consumer.run({
      autoCommit: true,
      autoCommitInterval: this.opts.commitIntervalMs,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.onBatch(payload),
    });
    if (this.opts.lagRefreshMs > 0) {
      this.lagMonitor = new ConsumerLagMonitor(this.transport, {
        group, topics: [...topics, ...retryTopics], intervalMs: this.opts.lagRefreshMs,
        log: (level, message, ids) => this.opts.log?.(level, message, ids),
      });
      this.lagMonitor.start();
    }
  }

  /** Stops fetching, lets the message in hand finish (or leaves it for redelivery), leaves the group. */
  async stop(): Promise<void> {
    this.running = false;
    await this.lagMonitor?.stop();
    await this.consumer?.stop();
    await this.consumer?.disconnect();
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const active = () => this.running && isRunning() && !isStale();
    // kafkajs only heartbeats between messages; a slow handler would otherwise lose its partitions.
    const keepAlive = setInterval(() => void heartbeat().catch(() => undefined), this.opts.heartbeatIntervalMs);
    try {
      const { messages } = batch;
      const size = this.opts.chunkSize;
      const prepare = (from: number) => {
        const chunk = prepareChunk(batch, messages, { from, to: Math.min(from + size, messages.length) }, this.opts.lookup, this.opts.maxMessageBytes);
        // Awaited below unless the batch ends early (stopping, or a failure): then nobody will.
        chunk.catch(() => undefined);
        return chunk;
      };
      let next = prepare(0);
      for (let start = 0; start < messages.length; start += size) {
        if (!active()) return;
        const chunk = await next;
        const applying = this.applyWithRetries(chunk, active);
        // The next chunk is decoded in the waits of this one's transaction (see prepareChunk).
        if (start + size < messages.length) next = prepare(start + size);
        await applying;
        resolveOffset(chunk[chunk.length - 1].source.offset);
        // messaging_consumer_lag is read from the broker by the ConsumerLagMonitor, not here: a stuck group processes no batch.
        await commitOffsetsIfNecessary();
      }
    } catch (error) {
      if (error instanceof StopBatch) return;
      throw error;
    } finally {
      clearInterval(keepAlive);
    }
  }

  /**
   * Applies a chunk, retrying transient failures for as long as it takes. Any other failure is
   * narrowed down by applying the chunk's messages one at a time, each with its own attempts.
   */
  private async applyWithRetries(chunk: PreparedMessage[], active: () => boolean): Promise<void> {
    const forced = new Map<PreparedMessage, ParkDecision>();
    let attempt = 0;
    for (;;) {
      const started = process.hrtime.bigint();
      try {
        const outcomes = await this.applier.apply(chunk, forced);
        this.observe(chunk, outcomes, started);
        await this.publishDeadLetters(chunk, outcomes);
        outcomes.forEach((outcome, index) => this.opts.onOutcome?.(outcome.kind, chunk[index]));
        return;
      } catch (error) {
        attempt += 1;
        const classification = classifyError(error);
        messagingMetrics().retries.inc({ group: this.opts.group, classification });
        if (classification !== 'transient' && chunk.length > 1) {
          for (const message of chunk) await this.applyWithRetries([message], active);
          return;
        }
        const ids = { group: this.opts.group, topic: chunk[0].source.topic, partition: chunk[0].source.partition, offset: chunk[0].source.offset, eventId: chunk[0].attributes?.id, attempt, classification };
        this.opts.log?.('warn', `applying failed: ${(error as Error).message ?? String(error)}`, ids);
        if (classification === 'permanent') {
          forced.set(chunk[0], { error: error instanceof PermanentMessageError ? error : asPermanent(error), attempts: attempt });
          continue;
        }
        if (classification === 'unknown' && attempt >= this.opts.maxAttempts) {
          forced.set(chunk[0], { error: new RetriesExhaustedError(attempt, error), attempts: attempt });
          continue;
        }
        if (!active()) throw new StopBatch();
        await sleep(backoffDelay(attempt, this.opts.backoff));
        if (!active()) throw new StopBatch();
      }
    }
  }

  /** The dead-letter topic must acknowledge before the offset moves past the parked messages. */
  private async publishDeadLetters(chunk: PreparedMessage[], outcomes: Outcome[]): Promise<void> {
    const letters = outcomes.flatMap((outcome, index) =>
      outcome.kind === 'parked' ? [toDeadLetterMessage(chunk[index], outcome, this.opts.group)] : [],
    );
    if (letters.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.producer.send(letters);
        break;
      } catch (error) {
        this.opts.log?.('warn', `dead-letter topic unavailable: ${(error as Error).message}`, { group: this.opts.group, attempt });
        await sleep(backoffDelay(attempt, this.opts.backoff));
      }
    }
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.kind !== 'parked') continue;
      messagingMetrics().deadLetters.inc({ group: this.opts.group, topic: outcome.deadLetter.topic, code: outcome.error.code });
      this.opts.log?.('warn', 'message parked on the dead-letter topic', {
        group: this.opts.group, deadLetterId: outcome.deadLetter.id, eventId: chunk[index].attributes?.id,
        code: outcome.error.code, topic: outcome.deadLetter.topic, offset: outcome.deadLetter.offset,
      });
    }
  }

  private observe(chunk: PreparedMessage[], outcomes: Outcome[], started: bigint): void {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9 / chunk.length;
    for (const [index, outcome] of outcomes.entries()) {
      const type = chunk[index].attributes?.type ?? 'unknown';
      if (outcome.kind === 'ignored') messagingMetrics().ignored.inc({ group: this.opts.group, type });
      messagingMetrics().handlerDuration.observe({ group: this.opts.group, type, outcome: outcome.kind }, seconds);
    }
  }

  private async ensureGroupTopics(): Promise<void> {
    const admin = this.transport.createAdmin();
    await admin.connect();
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: this.opts.topics });
      const specs = metadata.topics.flatMap((topic) => [
        { name: retryTopic(topic.name, this.opts.group), partitions: topic.partitions.length, replicationFactor: this.opts.replicationFactor },
        { name: deadLetterTopic(topic.name, this.opts.group), partitions: topic.partitions.length, replicationFactor: this.opts.replicationFactor },
      ]);
      await ensureTopics(admin, specs);
    } finally {
      await admin.disconnect();
    }
  }
}

/** A DomainError refused by a business rule keeps its own code on the dead letter. */
function asPermanent(error: unknown): PermanentMessageError {
  const code = (error as { code?: unknown }).code;
  return new RejectedMessageError(typeof code === 'string' ? code : 'MESSAGING.REJECTED', (error as Error).message ?? String(error));
}
