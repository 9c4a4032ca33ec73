import { AssignerProtocol, Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';
import { TOPICS, retryTopic, type TopicDefinition } from '@collections/contracts';
import type { EventLog } from './event-log';

/** What is still in flight somewhere in the platform; all empty and unchanged for a while = quiet. */
export interface PlatformBacklog {
  /** Per `group topic`: messages past the group's committed offset that it has not applied, parked or ignored yet. */
  lag: Record<string, number>;
  /** Per service: outbox rows committed but not yet published to Kafka. */
  outbox: Record<string, number>;
  /** Sum of every topic's end offsets: if it moved, something was published since the last look. */
  published: number;
}

export interface QuietOptions {
  /** How long everything must stay settled and unmoved; longer than every poller's interval (timers, deliveries, runs). */
  stableForMs?: number;
  timeoutMs?: number;
  intervalMs?: number;
}

interface ServiceEndpoints {
  databaseUrl: string;
  url: string;
}

/**
 * Decides when the platform has finished reacting to something.
 *
 * Committed offsets alone are not enough: a consumer commits at most once a second and only while it
 * handles batches, so the last batch before a pause stays uncommitted until the next message arrives.
 * So for each consumer group of the topic registry, every message between its committed offset and the
 * end of the partition must be accounted for in the group's own service: applied (its event id in the
 * group's inbox, written in the same transaction as the effect), parked (a dead letter of that position),
 * or of a type the group ignores (`messaging_events_ignored_total` on its /metrics: an ignored event has
 * no effect, so whether it was fetched yet does not matter). Then every outbox must be drained, and the
 * end offsets must not move for `stableForMs`, which covers work that is neither a message nor an outbox
 * row yet (a due timer not claimed, a delivery not sent): every poller runs well within that window.
 */
export class QuietWatch {
  private readonly admin: Admin;
  private readonly databases = new Map<string, Client>();
  private readonly reads: Array<{ group: string; topic: string }>;
  private readonly ignored = new Set<string>();
  /** /metrics is read at most once per look, and only when a tail holds a type not known to be ignored. */
  private refreshedThisLook = false;

  constructor(
    brokers: string[],
    private readonly services: Record<string, ServiceEndpoints>,
    private readonly log: EventLog,
  ) {
    this.admin = new Kafka({ clientId: 'platform-driver-quiet-watch', brokers, logLevel: logLevel.NOTHING }).admin();
    for (const [name, { databaseUrl }] of Object.entries(services)) this.databases.set(name, new Client({ connectionString: databaseUrl }));
    this.reads = TOPICS.flatMap((topic: TopicDefinition) =>
      topic.consumers.flatMap((group) => [{ group: String(group), topic: topic.name }, { group: String(group), topic: retryTopic(topic.name, group) }]),
    );
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
    this.refreshedThisLook = false;
    const ends = new Map<string, Map<number, number>>();
    let published = 0;
    const topics = [...new Set(this.reads.map((read) => read.topic))];
    const offsetsByTopic = await Promise.all(topics.map((topic) => this.admin.fetchTopicOffsets(topic).catch(() => [])));
    topics.forEach((topic, index) => {
      const offsets = offsetsByTopic[index]!;
      ends.set(topic, new Map(offsets.map((o) => [o.partition, Number(o.high)])));
      published += offsets.reduce((sum, o) => sum + Number(o.high), 0);
    });
    const ignoredTypes = this.ignored;
    const lag: Record<string, number> = {};
    const assigned = await this.assignments([...new Set(this.reads.map((read) => read.group))]);
    for (const [group, reading] of assigned) {
      if (reading === 'rebalancing') {
        lag[`${group} (no stable membership)`] = 1;
        continue;
      }
      const topics = [...reading.keys()].filter((topic) => ends.has(topic));
      for (const { topic, partitions } of await this.admin.fetchOffsets({ groupId: group, topics })) {
        let unsettled = 0;
        for (const { partition, offset } of partitions) {
          if (!reading.get(topic)?.has(partition)) continue;
          const high = ends.get(topic)!.get(partition) ?? 0;
          // -1: nothing committed yet; the group reads from the beginning.
          const committed = Math.max(Number(offset), 0);
          if (committed < high) unsettled += await this.unsettled(group, topic, partition, committed, high, ignoredTypes);
        }
        if (unsettled > 0) lag[`${group} ${topic}`] = unsettled;
      }
    }
    const outbox: Record<string, number> = {};
    for (const [name, client] of this.databases) {
      // Read-only counts of the service's own messaging tables: the driver never changes them.
      const { rows } = await client.query<{ pending: number }>('SELECT count(*)::int AS pending FROM outbox_messages WHERE published_at IS NULL');
      if (rows[0]!.pending > 0) outbox[name] = rows[0]!.pending;
    }
    return { lag, outbox, published };
  }

  /**
   * The topic-partitions each group's members hold. The registry lists a group under every topic it
   * may read, but a service subscribes only to the topics of the events it handles: a topic no member
   * holds is not the group's to catch up on.
   */
  private async assignments(groups: string[]): Promise<Map<string, Map<string, Set<number>> | 'rebalancing'>> {
    const described = await this.admin.describeGroups(groups);
    const result = new Map<string, Map<string, Set<number>> | 'rebalancing'>();
    for (const group of described.groups) {
      // Dead: no service runs this group at all (the registry declares more than is built), so nothing to wait for.
      if (group.state === 'Dead') continue;
      if (group.state !== 'Stable') {
        // Empty (its service stopped or restarting) or rebalancing: its messages wait, so not settled.
        result.set(group.groupId, 'rebalancing');
        continue;
      }
      const reading = new Map<string, Set<number>>();
      for (const member of group.members) {
        const decoded = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
        for (const [topic, partitions] of Object.entries(decoded?.assignment ?? {})) {
          if (!reading.has(topic)) reading.set(topic, new Set());
          for (const partition of partitions) reading.get(topic)!.add(partition);
        }
      }
      result.set(group.groupId, reading);
    }
    return result;
  }

  /** How many messages in [from, to) the group has neither applied, parked nor ignored. */
  private async unsettled(group: string, topic: string, partition: number, from: number, to: number, ignoredTypes: Set<string>): Promise<number> {
    const tail: Array<{ offset: number; id: string; type: string }> = [];
    for (let offset = from; offset < to; offset++) {
      const seen = this.log.at(topic, partition, offset);
      // Older messages may have been deleted by retention; a gap the log never saw cannot be checked.
      if (!seen) return to - from;
      if (!ignoredTypes.has(`${group} ${seen.type}`)) tail.push({ offset, ...seen });
    }
    if (tail.length === 0) return 0;
    const client = this.databases.get(group.split('.')[0]!);
    if (!client) return tail.length;
    const { rows } = await client.query<{ done: string }>(
      `SELECT event_id AS done FROM inbox_messages WHERE consumer_group = $1 AND event_id = ANY($2::text[])
       UNION SELECT "offset"::text FROM dead_letters WHERE consumer_group = $1 AND topic = $3 AND partition = $4 AND "offset" = ANY($5::bigint[])`,
      [group, tail.map((message) => message.id), topic, partition, tail.map((message) => message.offset)],
    );
    const done = new Set(rows.map((row) => row.done));
    let pending = tail.filter((message) => !done.has(message.id) && !done.has(String(message.offset)));
    // A type this group was never seen to ignore: ask the services (once per look) before counting it as pending.
    if (pending.length > 0 && !this.refreshedThisLook) {
      this.refreshedThisLook = true;
      await this.refreshIgnoredTypes();
      pending = pending.filter((message) => !this.ignored.has(`${group} ${message.type}`));
    }
    return pending.length;
  }

  /**
   * Adds the `group type` pairs each service's /metrics says it has ignored. A group ignores a type
   * always or never (it has a handler for it or not), so what was learnt once is kept.
   */
  private async refreshIgnoredTypes(): Promise<void> {
    const texts = await Promise.all(Object.values(this.services).map(({ url }) => fetch(`${url}/metrics`).then((answer) => answer.text(), () => '')));
    for (const text of texts) {
      for (const match of text.matchAll(/^messaging_events_ignored_total\{([^}]*)\}\s+(\d+)/gm)) {
        const labels = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1], label[2]]));
        if (Number(match[2]) > 0 && labels.group && labels.type) this.ignored.add(`${labels.group} ${labels.type}`);
      }
    }
  }

  async waitUntilQuiet({ stableForMs = 2_000, timeoutMs = 120_000, intervalMs = 250 }: QuietOptions = {}): Promise<void> {
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
