import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';
import { TOPICS, retryTopic, type TopicDefinition } from '@collections/contracts';

/** What is still in flight somewhere in the platform; all zero and unchanged for a while = quiet. */
export interface PlatformBacklog {
  /** Per `group topic`: messages on the topic (and its retry topic) the group has not committed yet. */
  lag: Record<string, number>;
  /** Per database: outbox rows committed but not yet published to Kafka. */
  outbox: Record<string, number>;
  /** Sum of every topic's end offsets: if it moved, something was published since the last look. */
  published: number;
}

export interface QuietOptions {
  /** How long everything must stay at zero and unmoved; longer than every poller's interval (timers, deliveries, runs). */
  stableForMs?: number;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Decides when the platform has finished reacting: every consumer group of the topic registry has
 * committed up to the end of each topic it reads (and of its retry topic), every service's outbox is
 * drained, and nothing new was published for `stableForMs`. The last condition covers work that is
 * neither a message nor an outbox row yet (a due timer the scanner has not claimed, a delivery the
 * worker has not sent): the pollers run every 0.5–1 s here, so a quiet of 3 s means they looked and
 * found nothing.
 */
export class QuietWatch {
  private readonly admin: Admin;
  private readonly databases: Map<string, Client>;
  private readonly reads: Array<{ group: string; topic: string }>;

  constructor(brokers: string[], databaseUrls: Record<string, string>) {
    this.admin = new Kafka({ clientId: 'platform-driver-quiet-watch', brokers, logLevel: logLevel.NOTHING }).admin();
    this.databases = new Map(Object.entries(databaseUrls).map(([name, url]) => [name, new Client({ connectionString: url })]));
    this.reads = TOPICS.flatMap((topic: TopicDefinition) => topic.consumers.map((group) => ({ group: String(group), topic: topic.name })));
  }

  async open(): Promise<void> {
    await this.admin.connect();
    await Promise.all([...this.databases.values()].map((client) => client.connect()));
  }

  async close(): Promise<void> {
    await this.admin.disconnect().catch(() => undefined);
    await Promise.all([...this.databases.values()].map((client) => client.end().catch(() => undefined)));
  }

  async backlog(): Promise<PlatformBacklog> {
    const topics = [...new Set(this.reads.flatMap(({ group, topic }) => [topic, retryTopic(topic, group)]))];
    const ends = new Map<string, Map<number, { high: number; low: number }>>();
    let published = 0;
    for (const topic of topics) {
      const offsets = await this.admin.fetchTopicOffsets(topic).catch(() => []);
      ends.set(topic, new Map(offsets.map((o) => [o.partition, { high: Number(o.high), low: Number(o.low) }])));
      published += offsets.reduce((sum, o) => sum + Number(o.high), 0);
    }
    const lag: Record<string, number> = {};
    const groups = [...new Set(this.reads.map((read) => read.group))];
    for (const group of groups) {
      const read = this.reads.filter((r) => r.group === group).flatMap((r) => [r.topic, retryTopic(r.topic, group)]);
      const committed = await this.admin.fetchOffsets({ groupId: group, topics: read.filter((topic) => ends.has(topic)) });
      for (const { topic, partitions } of committed) {
        const end = ends.get(topic)!;
        let behind = 0;
        for (const { partition, offset } of partitions) {
          const { high, low } = end.get(partition) ?? { high: 0, low: 0 };
          // -1: nothing committed yet; the group starts from the beginning (fromBeginning: true).
          behind += Math.max(0, high - Math.max(Number(offset), low));
        }
        if (behind > 0) lag[`${group} ${topic}`] = behind;
      }
    }
    const outbox: Record<string, number> = {};
    for (const [name, client] of this.databases) {
      // Read-only, and only a count: the outbox is each service's own, the driver never changes it.
      const { rows } = await client.query<{ pending: number }>('SELECT count(*)::int AS pending FROM outbox_messages WHERE published_at IS NULL');
      if (rows[0]!.pending > 0) outbox[name] = rows[0]!.pending;
    }
    return { lag, outbox, published };
  }

  async waitUntilQuiet({ stableForMs = 3_000, timeoutMs = 120_000, intervalMs = 250 }: QuietOptions = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietSince: number | undefined;
    let lastPublished = -1;
    let last: PlatformBacklog | undefined;
    for (;;) {
      last = await this.backlog();
      const idle = Object.keys(last.lag).length === 0 && Object.keys(last.outbox).length === 0 && last.published === lastPublished;
      lastPublished = last.published;
      if (!idle) quietSince = undefined;
      else quietSince ??= Date.now();
      if (quietSince !== undefined && Date.now() - quietSince >= stableForMs) return;
      if (Date.now() > deadline) throw new Error(`the platform did not become quiet within ${timeoutMs} ms: ${JSON.stringify({ lag: last.lag, outbox: last.outbox })}`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
