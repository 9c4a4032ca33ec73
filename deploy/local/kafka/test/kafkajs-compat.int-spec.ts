/**
 * Does kafkajs (2.2.x) work against the pinned Kafka? Exercises what the platform uses: admin
 * (createTopics, describeCluster, fetchTopicOffsets), the idempotent producer with acks=all,
 * consumer groups with eachBatch + manual resolveOffset/commitOffsetsIfNecessary, and a 3-broker
 * cluster surviving SIGKILL and restart of a broker. Run it against another version with
 * LOCAL_KAFKA_VERSION=x.y.z (see README "Choosing the Kafka version").
 */
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { startKafka, type KafkaCluster } from '../src';
import { waitUntil } from './wait-until';

const unique = (prefix: string): string => `${prefix}-${randomBytes(4).toString('hex')}`;

function client(cluster: KafkaCluster): Kafka {
  return new Kafka({
    clientId: unique('compat'),
    brokers: cluster.bootstrap.split(','),
    logLevel: logLevel.NOTHING,
    retry: { retries: 12, initialRetryTime: 300, maxRetryTime: 5_000 },
  });
}

/**
 * The idempotent producer as the platform configures it. connect() is retried: kafkajs asks the
 * metadata's "controller" for a producer id, which under KRaft is any broker, and it gives up at
 * once if that broker is unreachable (e.g. SIGKILLed and not yet fenced).
 */
async function idempotentProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await waitUntil('producer connected', () => producer.connect().then(() => true), 30_000, 500);
  return producer;
}

async function produce(producer: Producer, topic: string, values: string[]): Promise<void> {
  for (const value of values) await producer.send({ topic, acks: -1, messages: [{ key: value, value }] });
}

/** Consumes with manual offset handling, the way libs/messaging does; returns what it saw and a stop function. */
async function consume(kafka: Kafka, topic: string, groupId: string) {
  const seen = new Set<string>();
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: true,
    autoCommitThreshold: 1, // commitOffsetsIfNecessary commits every resolved offset
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }) => {
      for (const message of batch.messages) {
        seen.add(String(message.value));
        resolveOffset(message.offset);
        await commitOffsetsIfNecessary();
        await heartbeat();
      }
    },
  });
  return { seen, stop: () => consumer.disconnect() };
}

async function committed(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}

/**
 * createTopics, then wait for leaders ourselves: kafkajs's waitForLeaders (on by default) gives up on
 * UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker answers until it has applied the new metadata.
 * (Found while choosing the version; the same on 3.9 and 4.x.)
 */
async function createTopic(admin: Admin, topic: string, numPartitions: number, replicationFactor: number): Promise<void> {
  expect(await admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor }], waitForLeaders: false })).toBe(true);
  await waitUntil(`leaders for ${topic}`, async () => {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    return topics[0]?.partitions.length === numPartitions && topics[0].partitions.every((p) => p.leader >= 0);
  });
  // The leader named in the metadata may need a moment to take over: until then ListOffsets answers
  // NOT_LEADER_OR_FOLLOWER, which fetchTopicOffsets does not retry.
  await waitUntil(`leaders of ${topic} serving`, () => admin.fetchTopicOffsets(topic).then(() => true));
}

const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe('kafkajs compatibility', () => {
  describe('one broker', () => {
    let cluster: KafkaCluster;
    let kafka: Kafka;
    let admin: Admin;

    beforeAll(async () => {
      cluster = await startKafka();
      kafka = client(cluster);
      admin = kafka.admin();
      await admin.connect();
    });
    afterAll(async () => {
      await admin?.disconnect();
      await cluster?.stop();
    });

    it(`admin: createTopics, describeCluster, fetchTopicOffsets`, async () => {
      const topic = unique('admin');
      await createTopic(admin, topic, 3, 1);
      expect(await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: false })).toBe(false); // exists
      const described = await admin.describeCluster();
      expect(described.brokers.map((b) => b.nodeId)).toEqual([1]);
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets.map((o) => [o.partition, o.high]).sort()).toEqual([[0, '0'], [1, '0'], [2, '0']]);
    });

    it('idempotent producer (acks=all) and consumer group with manual commits', async () => {
      const topic = unique('group');
      const groupId = unique('group');
      await createTopic(admin, topic, 3, 1);
      const producer = await idempotentProducer(kafka);
      await produce(producer, topic, range('m', 30));
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets.reduce((sum, o) => sum + Number(o.high), 0)).toBe(30);

      const first = await consume(kafka, topic, groupId);
      try {
        await waitUntil('30 messages consumed', () => first.seen.size === 30);
        await waitUntil('offsets committed', async () => (await committed(admin, groupId, topic)) === 30);
      } finally {
        await first.stop();
      }

      // A new member of the same group resumes after the committed offsets: nothing is redelivered.
      await produce(producer, topic, range('n', 5));
      await producer.disconnect();
      const second = await consume(kafka, topic, groupId);
      await waitUntil('5 new messages consumed', () => second.seen.size === 5);
      expect([...second.seen].every((v) => v.startsWith('n-'))).toBe(true);
      await second.stop();
    });
  });

  describe('three brokers', () => {
    let cluster: KafkaCluster;
    let kafka: Kafka;
    let admin: Admin;

    beforeAll(async () => {
      cluster = await startKafka({ brokers: 3 });
      kafka = client(cluster);
      admin = kafka.admin();
      await admin.connect();
    }, 180_000);
    afterAll(async () => {
      await admin?.disconnect();
      await cluster?.stop();
    });

    it('keeps producing and consuming while a broker is SIGKILLed and restarted', async () => {
      const topic = unique('fault');
      const groupId = unique('fault');
      await createTopic(admin, topic, 3, 3);
      expect((await admin.describeCluster()).brokers).toHaveLength(3);
      const consumer = await consume(kafka, topic, groupId);
      const producer = await idempotentProducer(kafka);
      try {
        await produce(producer, topic, range('before', 20));
        await waitUntil('messages before the kill', () => consumer.seen.size === 20);

        const victim = cluster.brokers[1];
        await victim.kill(); // SIGKILL
        expect(victim.isRunning()).toBe(false);
        await produce(producer, topic, range('during', 20)); // acks=all with 2 of 3 in sync (min.insync.replicas=2)
        await waitUntil('messages while a broker is down', () => consumer.seen.size === 40, 60_000);

        await victim.restart();
        await waitUntil(
          'all replicas back in sync',
          async () => {
            const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
            return topics[0]?.partitions.every((p) => p.isr.length === 3) ?? false;
          },
          60_000,
          500,
        );
        await produce(producer, topic, range('after', 20));
        await waitUntil('messages after the restart', () => consumer.seen.size === 60, 60_000);
      } finally {
        await producer.disconnect();
        await consumer.stop();
      }
    }, 240_000);
  });
});
