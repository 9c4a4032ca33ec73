import { Client } from 'pg';
import type { KafkaPublisher } from '../transport/kafka-publisher';
import type { DataSource } from 'typeorm';
import type { OutgoingKafkaMessage } from '../transport/kafka-publisher';
import { messagingMetrics } from '../metrics/messaging-metrics';

export interface OutboxRelayOptions {
  /** Rows published per transaction. */
  batchSize?: number;
  /** Safety net when a NOTIFY is missed (e.g. while the listening connection reconnects). */
  pollIntervalMs?: number;
  /** Test seam: runs after the broker acknowledged a batch and before the rows are marked. */
  afterPublish?: (eventIds: string[]) => Promise<void> | void;
  onError?: (error: unknown) => void;
}

interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  payload: Buffer;
  created_at: Date;
}

/** One advisory lock per database: whichever replica holds it publishes; the others stand by. */
const RELAY_LOCK = [0x0b0c, 0] as const;

/**
 * Publishes outbox rows to Kafka in `seq` order and marks them only after the broker's ack.
 *
 * Ordering and completeness, with several replicas running:
 * - each batch runs in a transaction holding a transaction-level advisory lock, so one replica
 *   publishes at a time and a crashed replica's lock is released with its connection;
 * - there is no cursor: every pass selects all unpublished rows, so a transaction that commits
 *   after a later `seq` was published is picked up on the next pass instead of being skipped;
 * - OutboxWriter locks each key for the rest of its transaction, so within a key `seq` order is
 *   commit order, and a key's events are never published out of order.
 * A replica that dies between the ack and the mark makes the next one publish the batch again:
 * consumers' inboxes apply each event id once.
 */
export class OutboxRelay {
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wakeRequested = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: KafkaPublisher,
    private readonly databaseUrl: string,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.measureBacklog();
    await this.listen();
    this.schedulePoll();
    this.wake();
  }

  /** Stops listening and publishes whatever is committed, so a graceful shutdown leaves no backlog. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.draining;
    await this.drain().catch((error) => this.options.onError?.(error));
  }

  /** Publishes until nothing committed is left; returns how many rows it published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      if (published === 'busy') return total;
      total += published;
      if (published === 0) return total;
    }
  }

  wake(): void {
    if (this.draining) {
      this.wakeRequested = true;
      return;
    }
    this.draining = this.drain()
      .catch((error) => this.options.onError?.(error))
      .then(() => undefined)
      .finally(() => {
        this.draining = undefined;
        if (this.wakeRequested && !this.stopped) {
          this.wakeRequested = false;
          this.wake();
        }
      });
  }

  private async publishBatch(): Promise<number | 'busy'> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_xact_lock($1, $2) AS locked', [...RELAY_LOCK]);
      if (!locked) {
        await runner.rollbackTransaction();
        return 'busy';
      }
      const rows: OutboxRow[] = await runner.query(
        `SELECT seq, id, topic, message_key, headers, payload, created_at FROM outbox_messages
         WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
        [this.options.batchSize ?? 500],
      );
      if (rows.length > 0) {
        const messages: OutgoingKafkaMessage[] = rows.map((row) => ({
          topic: row.topic,
          key: row.message_key,
          value: row.payload,
          headers: row.headers,
        }));
        await this.producer.send(messages);
        await this.options.afterPublish?.(rows.map((row) => row.id));
        await runner.query('UPDATE outbox_messages SET published_at = clock_timestamp() WHERE seq = ANY($1::bigint[])', [
          rows.map((row) => row.seq),
        ]);
      }
      await runner.commitTransaction();
      this.record(rows);
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private record(rows: OutboxRow[]): void {
    if (rows.length === 0) return;
    const now = Date.now();
    messagingMetrics().outboxPublished.inc(rows.length);
    for (const row of rows) {
      messagingMetrics().commitToPublish.observe((now - new Date(row.created_at).getTime()) / 1000);
    }
  }

  private async measureBacklog(): Promise<void> {
    const [{ backlog }] = await this.dataSource.query(
      'SELECT count(*)::int AS backlog FROM outbox_messages WHERE published_at IS NULL',
    );
    messagingMetrics().outboxBacklog.set(backlog);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.options.onError?.(error);
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query('LISTEN outbox_messages');
    this.listener = client;
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(async () => {
      if (this.stopped) return;
      if (!this.listener) await this.listen().catch((error) => this.options.onError?.(error));
      await this.measureBacklog().catch(() => undefined);
      this.wake();
      this.schedulePoll();
    }, this.options.pollIntervalMs ?? 1_000);
    this.timer.unref();
  }
}
