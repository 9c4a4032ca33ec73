/**
 * Consumer lag per group of the topic registry, from the broker (kafkajs admin): for every
 * topic-partition a group's members hold, the end offset minus the group's committed offset, summed
 * per group. Only what members hold counts: the registry lists a group under every topic it may read,
 * but a service subscribes only to the topics of the events it handles. Services commit about once a
 * second, so a lag under a few hundred is "caught up"; retry topics are left out (empty in a clean run).
 */
import { TOPICS, type TopicDefinition } from '@collections/contracts';
import { AssignerProtocol, Kafka, logLevel, type Admin } from 'kafkajs';

export class ConsumerLag {
  private readonly admin: Admin;
  private readonly groups = [...new Set(TOPICS.flatMap((topic: TopicDefinition) => topic.consumers.map(String)))];
  private assigned = new Map<string, Map<string, Set<number>>>();
  private assignedAt = 0;

  constructor(brokers: string[]) {
    this.admin = new Kafka({ clientId: 'bench-system-lag', brokers, logLevel: logLevel.NOTHING }).admin();
  }

  connect(): Promise<void> {
    return this.admin.connect();
  }

  disconnect(): Promise<void> {
    return this.admin.disconnect();
  }

  /** End offsets of every registry topic (what was published), per topic and partition. */
  async endOffsets(): Promise<Map<string, Map<number, number>>> {
    const ends = new Map<string, Map<number, number>>();
    for (const topic of TOPICS) {
      const offsets = await this.admin.fetchTopicOffsets(topic.name).catch(() => []);
      ends.set(topic.name, new Map(offsets.map((o) => [o.partition, Number(o.high)])));
    }
    return ends;
  }

  /** Lag per group (only groups that run); `published`: the sum of all end offsets. */
  async sample(): Promise<{ lag: Record<string, number>; published: number; unassigned: string[] }> {
    const ends = await this.endOffsets();
    // Memberships change only on (re)balances: described again every 10 s.
    if (Date.now() - this.assignedAt > 10_000) await this.describe();
    const lag: Record<string, number> = {};
    const unassigned: string[] = [];
    for (const group of this.groups) {
      const reading = this.assigned.get(group);
      if (!reading) {
        unassigned.push(group);
        continue;
      }
      const topics = [...reading.keys()].filter((topic) => ends.has(topic));
      let sum = 0;
      for (const { topic, partitions } of await this.admin.fetchOffsets({ groupId: group, topics })) {
        for (const { partition, offset } of partitions) {
          if (!reading.get(topic)?.has(partition)) continue;
          sum += Math.max(0, (ends.get(topic)!.get(partition) ?? 0) - Math.max(Number(offset), 0));
        }
      }
      lag[group] = sum;
    }
    let published = 0;
    for (const partitions of ends.values()) for (const high of partitions.values()) published += high;
    return { lag, published, unassigned };
  }

  private async describe(): Promise<void> {
    const described = await this.admin.describeGroups(this.groups);
    const assigned = new Map<string, Map<string, Set<number>>>();
    for (const group of described.groups) {
      if (group.state !== 'Stable') continue;
      const reading = new Map<string, Set<number>>();
      for (const member of group.members) {
        const decoded = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
        for (const [topic, partitions] of Object.entries(decoded?.assignment ?? {})) {
          if (!reading.has(topic)) reading.set(topic, new Set());
          for (const partition of partitions) reading.get(topic)!.add(partition);
        }
      }
      assigned.set(group.groupId, reading);
    }
    // A group rebalancing keeps its last known assignment rather than vanishing from the chart.
    for (const [group, reading] of this.assigned) if (!assigned.has(group)) assigned.set(group, reading);
    this.assigned = assigned;
    this.assignedAt = Date.now();
  }
}
