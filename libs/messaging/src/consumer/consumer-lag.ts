import type { Admin } from 'kafkajs';
import { messagingMetrics } from '../metrics/messaging-metrics';
import type { KafkaTransport } from '../transport/kafka-transport';

/** A partition's offsets as the broker reports them (`admin.fetchTopicOffsets`). */
export interface TopicOffsets {
  topic: string;
  partitions: Array<{ partition: number; high: string; low: string }>;
}

/** The group's committed offsets (`admin.fetchOffsets`); `-1` where it has committed none. */
export interface CommittedOffsets {
  topic: string;
  partitions: Array<{ partition: number; offset: string }>;
}

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/**
 * Messages the group still has to read, per partition: the log end offset minus the committed
 * offset. Without a commit, or with one below the earliest retained offset, the group reads from
 * the earliest (`fromBeginning`), so the lag counts from there, as KEDA's `offsetResetPolicy: earliest` does.
 */
export function consumerLag(topicOffsets: TopicOffsets[], committed: CommittedOffsets[]): PartitionLag[] {
  const committedOf = new Map(committed.flatMap((topic) => topic.partitions.map((p) => [`${topic.topic}/${p.partition}`, BigInt(p.offset)] as const)));
  return topicOffsets.flatMap((topic) =>
    topic.partitions.map((p) => {
      const high = BigInt(p.high);
      const low = BigInt(p.low);
      const position = committedOf.get(`${topic.topic}/${p.partition}`) ?? -1n;
      const from = position > low ? position : low;
      return { topic: topic.topic, partition: p.partition, lag: Number(high > from ? high - from : 0n) };
    }),
  );
}

type Labels = { group: string; topic: string; partition: string };

export interface ConsumerLagMonitorOptions {
  group: string;
  /** Every topic the group reads (its retry topics included). */
  topics: string[];
  intervalMs: number;
  log?: (level: 'info' | 'warn', message: string, ids: Record<string, unknown>) => void;
}

/**
 * Keeps `messaging_consumer_lag{group,topic,partition}` true from the broker's side: every
 * `intervalMs` it compares the topics' end offsets with the group's committed offsets, for every
 * partition of the group (not only this replica's), so a group that is stuck, or whose member
 * crashed inside a live process, still shows its lag growing. Every replica reports the same
 * numbers; the alert takes the max per partition. Runs beside the consumer, never in its path.
 */
export class ConsumerLagMonitor {
  private admin?: Admin;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<unknown>;
  private stopped = false;
  private failing = false;
  private reported = new Map<string, Labels>();

  constructor(
    private readonly transport: KafkaTransport,
    private readonly options: ConsumerLagMonitorOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Reads the offsets once and updates the gauge; resolves to what it reported. */
  async refresh(): Promise<PartitionLag[]> {
    const { group, topics } = this.options;
    if (!this.admin) {
      this.admin = this.transport.createAdmin();
      await this.admin.connect();
    }
    const admin = this.admin;
    const [committed, ends] = await Promise.all([
      admin.fetchOffsets({ groupId: group, topics }),
      Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
    ]);
    const lags = consumerLag(ends, committed);
    const gauge = messagingMetrics().consumerLag;
    const now = new Map<string, Labels>();
    for (const { topic, partition, lag } of lags) {
      const labels = { group, topic, partition: String(partition) };
      gauge.set(labels, lag);
      now.set(`${topic}/${partition}`, labels);
    }
    this.forget([...this.reported].filter(([key]) => !now.has(key)).map(([, labels]) => labels));
    this.reported = now;
    return lags;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight?.catch(() => undefined);
    // This process no longer speaks for the group; another replica (if any) keeps reporting.
    this.forget([...this.reported.values()]);
    this.reported.clear();
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.refresh().then(
        () => {
          if (this.failing) this.options.log?.('info', 'consumer lag readable again', { group: this.options.group });
          this.failing = false;
        },
        (error: Error) => {
          // Once per outage: the gauge keeps its last values meanwhile.
          if (!this.failing) this.options.log?.('warn', `cannot read consumer lag from the broker: ${error.message}`, { group: this.options.group });
          this.failing = true;
        },
      ).finally(() => this.schedule(this.options.intervalMs));
    }, delayMs);
    this.timer.unref();
  }

  private forget(series: Labels[]): void {
    for (const labels of series) messagingMetrics().consumerLag.remove(labels);
  }
}
