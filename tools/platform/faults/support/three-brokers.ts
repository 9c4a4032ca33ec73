import { Kafka, logLevel } from 'kafkajs';
import { kafkaTopicSpecs } from '@collections/contracts';
import { startKafka, type KafkaCluster } from '@collections/local-kafka';
import { waitFor } from '@collections/testing';

/**
 * Three combined brokers (the launcher's `brokers: 3`: replication factor 3, min.insync.replicas 2)
 * with the registry's topics as production declares them (RF 3, min ISR 2), local partition counts.
 * The topics are created here rather than by the launcher because the launcher gives ~100 new
 * replicated topics 30 s to get serving leaders, which two cores shared with other suites do not
 * always manage; this waits up to 3 minutes, topic by topic.
 */
export async function startThreeBrokers(): Promise<KafkaCluster> {
  const cluster = await startKafka({ brokers: 3 });
  try {
    const admin = new Kafka({ clientId: 'fault-topics', brokers: cluster.bootstrap.split(','), logLevel: logLevel.NOTHING, retry: { retries: 10 } }).admin();
    await admin.connect();
    try {
      const specs = kafkaTopicSpecs({ local: true, replicationFactor: 3 });
      await admin.createTopics({
        waitForLeaders: false,
        timeout: 60_000,
        topics: specs.map((spec) => ({
          topic: spec.name,
          numPartitions: spec.partitions,
          replicationFactor: spec.replicationFactor,
          configEntries: Object.entries(spec.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
      for (const spec of specs) {
        await waitFor(`leaders serving ${spec.name}`, async () => (await admin.fetchTopicOffsets(spec.name)).length === spec.partitions, { timeoutMs: 180_000, intervalMs: 200 });
      }
    } finally {
      await admin.disconnect();
    }
    return cluster;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
