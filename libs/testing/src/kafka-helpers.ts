import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { waitFor } from './wait-for';

/** The broker of this test run (set by the jest global setup). */
export function testBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run integration tests with jest.integration.config.ts');
  return brokers.split(',');
}

/** Suites get their own topics and groups, so they never see each other's messages. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export function testKafka(brokers = testBrokers()): Kafka {
  return new Kafka({ clientId: uniqueName('test'), brokers, logLevel: logLevel.NOTHING, retry: { retries: 10 } });
}

export async function createTestTopics(names: string[], partitions = 3, brokers = testBrokers(), replicationFactor = 1): Promise<void> {
  const admin = testKafka(brokers).admin();
  await admin.connect();
  try {
    // A KRaft broker may answer "does not host this topic-partition" for a moment after creation,
    // which kafkajs' waitForLeaders turns into an error: create, then wait until offsets answer.
    await admin.createTopics({
      waitForLeaders: false,
      topics: names.map((topic) => ({ topic, numPartitions: partitions, replicationFactor })),
    });
    for (const topic of names) {
      await waitFor(`leaders of ${topic}`, async () => (await admin.fetchTopicOffsets(topic)).length === partitions, { intervalMs: 100 });
    }
  } finally {
    await admin.disconnect();
  }
}

export interface CollectedMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
  header(name: string): string | undefined;
}

/** Reads topics from the beginning into an array until stopped; for asserting what was published. */
export async function collectMessages(topics: string[], brokers = testBrokers()) {
  const consumer = testKafka(brokers).consumer({ groupId: uniqueName('collector'), sessionTimeout: 10_000 });
  const received: CollectedMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      received.push({
        topic,
        partition,
        message,
        header: (name) => {
          const value = message.headers?.[name];
          const last = Array.isArray(value) ? value[value.length - 1] : value;
          return last === undefined ? undefined : last.toString();
        },
      });
    },
  });
  return { received, stop: () => consumer.disconnect() };
}
