import { randomUUID } from 'node:crypto';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { TOPICS } from '@collections/contracts';
import { PROTOBUF_CONTENT_TYPE } from '@collections/messaging';

/** The three ways a message can be unreadable, and the code a consumer must park each with. */
export const POISON_KINDS = {
  /** Valid envelope of a real event type of the topic, but the bytes are no protobuf message (field 1, wire type 7). */
  undecodable: 'MESSAGING.UNDECODABLE_PAYLOAD',
  /** A well-formed envelope whose ce_type is in no contract. */
  'wrong-type': 'MESSAGING.UNKNOWN_EVENT_TYPE',
  /** No CloudEvents headers at all. */
  'no-headers': 'MESSAGING.INVALID_ENVELOPE',
} as const;
export type PoisonKind = keyof typeof POISON_KINDS;

export interface Poison {
  topic: string;
  kind: PoisonKind;
  /** Its own key: a parked message holds back every later event of its key, and no case should be held back. */
  key: string;
  id: string;
}

/**
 * Publishes one poison message of each kind on every topic of the registry that some consumer
 * group reads, the way a broken or hostile producer would (kafkajs, straight to the topic).
 */
export async function publishPoison(brokers: string[], topics: string[]): Promise<Poison[]> {
  const producer = new Kafka({ clientId: 'fault-poison', brokers, logLevel: logLevel.NOTHING }).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const poisons: Poison[] = [];
  try {
    for (const topic of topics) {
      const eventType = TOPICS.find((t) => t.name === topic)!.events[0]!;
      for (const kind of Object.keys(POISON_KINDS) as PoisonKind[]) {
        const id = randomUUID();
        const key = `poison-${kind}-${id}`;
        const envelope = { ce_specversion: '1.0', ce_id: id, ce_source: '/faults/poison', ce_time: new Date().toISOString(), 'content-type': PROTOBUF_CONTENT_TYPE };
        const headers =
          kind === 'no-headers' ? undefined : { ...envelope, ce_type: kind === 'wrong-type' ? 'collections.v1.NoSuchEvent' : eventType };
        const value = kind === 'undecodable' ? Buffer.from([0x0f, 0xff, 0xff, 0xff]) : Buffer.from('not protobuf either');
        await producer.send({ topic, acks: -1, messages: [{ key, value, headers }] });
        poisons.push({ topic, kind, key, id });
      }
    }
  } finally {
    await producer.disconnect();
  }
  return poisons;
}

/** Which consumer groups hold partitions of each topic right now: the ones that must park its poison. */
export async function readersByTopic(brokers: string[]): Promise<Map<string, string[]>> {
  const admin = new Kafka({ clientId: 'fault-readers', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const groups = [...new Set(TOPICS.flatMap((topic) => topic.consumers.map(String)))];
    const readers = new Map<string, string[]>();
    for (const group of (await admin.describeGroups(groups)).groups) {
      for (const member of group.members) {
        const topics = Object.keys(AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {});
        for (const topic of topics.filter((t) => !t.endsWith('.retry'))) {
          const list = readers.get(topic) ?? [];
          if (!list.includes(group.groupId)) readers.set(topic, [...list, group.groupId]);
        }
      }
    }
    return readers;
  } finally {
    await admin.disconnect();
  }
}
