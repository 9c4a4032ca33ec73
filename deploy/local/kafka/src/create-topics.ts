import { setTimeout as delay } from 'node:timers/promises';
import { withAdmin } from './admin-client';
import type { TopicSpec } from './types';

/**
 * Creates the topics that do not exist yet (idempotent: a second start, or a topic someone else
 * created meanwhile, is fine) and waits until every broker knows a leader for every partition and
 * the leaders serve it. Returns the names it created. Existing topics are not altered.
 */
export async function createTopics(bootstrap: string[], topics: TopicSpec[], defaultReplicationFactor: number): Promise<string[]> {
  if (topics.length === 0) return [];
  const missing = await withAdmin(bootstrap, 5, async (admin) => {
    const existing = new Set(await admin.listTopics());
    const toCreate = topics.filter((t) => !existing.has(t.name));
    if (toCreate.length === 0) return [];
    try {
      // Not kafkajs's waitForLeaders (on by default): it only retries LEADER_NOT_AVAILABLE, while a
      // KRaft broker that has not applied the new metadata yet answers UNKNOWN_TOPIC_OR_PARTITION.
      await admin.createTopics({
        waitForLeaders: false,
        timeout: 30_000,
        topics: toCreate.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor ?? defaultReplicationFactor,
          configEntries: Object.entries(t.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    } catch (err) {
      // Lost a race with another creator? Then every topic exists now and all is well.
      const now = new Set(await admin.listTopics());
      if (!toCreate.every((t) => now.has(t.name))) throw err;
    }
    return toCreate.map((t) => t.name);
  });
  await Promise.all(bootstrap.map((broker) => poll(`leaders on ${broker}`, () => leadersKnown(broker, missing))));
  // A leader in the metadata may not have taken over the partition yet (ListOffsets answers
  // NOT_LEADER_OR_FOLLOWER for a moment, and kafkajs's fetchTopicOffsets does not retry that).
  await poll('leaders serving', () => leadersServe(bootstrap, missing));
  return missing;
}

async function leadersKnown(broker: string, topics: string[]): Promise<boolean> {
  // A client seeded with one broker sends its metadata requests to that broker.
  const metadata = await withAdmin([broker], 0, (admin) => admin.fetchTopicMetadata({ topics }));
  return metadata.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0));
}

async function leadersServe(bootstrap: string[], topics: string[]): Promise<boolean> {
  await withAdmin(bootstrap, 0, (admin) => Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic))));
  return true;
}

/** Retries `probe` (false or an error = not yet) every 200 ms for up to 30 s. */
async function poll(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'not ready';
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
      lastProblem = 'not ready';
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
    await delay(200);
  }
  throw new Error(`new topics: no ${what} after ${timeoutMs} ms: ${lastProblem}`);
}
