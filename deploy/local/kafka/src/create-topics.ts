import { withAdmin } from './admin-client';
import type { TopicSpec } from './types';

/**
 * Creates the topics that do not exist yet (idempotent: a second start, or a topic someone else
 * created meanwhile, is fine) and waits until they have leaders. Returns the names it created.
 * Existing topics are not altered, even if their partition count differs from the spec.
 */
export async function createTopics(bootstrap: string[], topics: TopicSpec[], defaultReplicationFactor: number): Promise<string[]> {
  if (topics.length === 0) return [];
  return withAdmin(bootstrap, 5, async (admin) => {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.name));
    if (missing.length === 0) return [];
    try {
      await admin.createTopics({
        waitForLeaders: true,
        timeout: 30_000,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor ?? defaultReplicationFactor,
          configEntries: Object.entries(t.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    } catch (err) {
      // Lost a race with another creator? Then every topic exists now and all is well.
      const now = new Set(await admin.listTopics());
      if (!missing.every((t) => now.has(t.name))) throw err;
    }
    return missing.map((t) => t.name);
  });
}
