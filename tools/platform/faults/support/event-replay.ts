import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { SeededRandom } from '../../demo/seeded-random';
import type { CollectedMessage } from '@collections/testing';

/**
 * Publishes again, with kafkajs, messages that were already delivered: same topic, key, payload and
 * headers (so the same CloudEvents id), in a seeded shuffled order, so a case's events arrive again
 * and out of their order — what a producer retrying after a lost ack, or an operator re-driving a
 * topic, would cause. Returns how many were sent.
 */
export async function republishShuffled(brokers: string[], messages: CollectedMessage[], seed: string): Promise<number> {
  const random = new SeededRandom(seed);
  const shuffled = [...messages];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const producer = new Kafka({ clientId: 'fault-duplicates', brokers, logLevel: logLevel.NOTHING }).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    // One message per send, so the shuffled order is the order each partition gets them in.
    for (const item of shuffled) {
      await producer.send({
        topic: item.topic,
        acks: -1,
        messages: [{ key: item.message.key, value: item.message.value, headers: item.message.headers as IHeaders }],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return shuffled.length;
}
