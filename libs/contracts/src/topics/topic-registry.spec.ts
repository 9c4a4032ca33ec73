import { EVENT_CATALOG } from '../events/event-catalog';
import { isServiceName, SERVICE_NAMES } from '../services/service-names';
import {
  deadLetterTopic,
  derivedTopics,
  kafkaTopicSpecs,
  retryTopic,
  TOPIC_PREFIXES,
  TOPICS,
  type TopicDefinition,
} from './topic-registry';

/** `<producer>.<stream>.v<major>`, each part lower-case kebab. */
const TOPIC_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*\.v[1-9][0-9]*$/;
/** `<service>.<purpose>`. */
const GROUP_NAME = /^([a-z][a-z0-9-]*)\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Kafka's own limits on topic names. */
const KAFKA_LEGAL = /^[a-zA-Z0-9._-]{1,249}$/;

const topics: readonly TopicDefinition[] = TOPICS;

describe('topic registry', () => {
  it.each(topics.map((t) => [t.name, t] as const))('%s is named <owner prefix>.<stream>.v<major>', (name, topic) => {
    expect(name).toMatch(TOPIC_NAME);
    expect(name.startsWith(`${TOPIC_PREFIXES[topic.owner]}.`)).toBe(true);
  });

  it('names each topic once', () => {
    const names = topics.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('carries only events of the major version in the topic name', () => {
    for (const topic of topics) {
      const major = topic.name.split('.').pop();
      for (const type of topic.events) expect(type.startsWith(`collections.${major}.`)).toBe(true);
    }
  });

  it('puts every event type on exactly one topic', () => {
    for (const { type } of EVENT_CATALOG) {
      expect([type, topics.filter((t) => t.events.includes(type)).length]).toEqual([type, 1]);
    }
  });

  it('lists only event types that the catalog knows', () => {
    const known = new Set<string>(EVENT_CATALOG.map((e) => e.type));
    for (const topic of topics) for (const type of topic.events) expect([topic.name, type, known.has(type)]).toEqual([topic.name, type, true]);
  });

  it('names consumer groups <service>.<purpose> after a known service', () => {
    for (const topic of topics) {
      for (const group of topic.consumers) {
        const [, service] = GROUP_NAME.exec(group) ?? [];
        expect([group, service !== undefined && isServiceName(service)]).toEqual([group, true]);
      }
    }
  });

  it('has no service consuming what it produces itself (its own state is in its database)', () => {
    for (const topic of topics) {
      expect([topic.name, topic.consumers.filter((g) => g.startsWith(`${topic.producer}.`))]).toEqual([topic.name, []]);
    }
  });

  it('keeps every partition count positive and local counts no larger than production', () => {
    for (const topic of topics) {
      expect(topic.localPartitions).toBeGreaterThan(0);
      expect(topic.localPartitions).toBeLessThanOrEqual(topic.partitions);
    }
  });

  it('has topics owned by each of the six services', () => {
    expect(new Set(topics.map((t) => t.owner))).toEqual(new Set(SERVICE_NAMES));
  });
});

describe('retry and dead-letter topics', () => {
  it('derive their names from the topic and the consumer group', () => {
    expect(deadLetterTopic('dunning.actions.v1', 'notifications.dispatch')).toBe('dunning.actions.v1.notifications.dispatch.dlq');
    expect(retryTopic('dunning.actions.v1', 'notifications.dispatch')).toBe('dunning.actions.v1.notifications.dispatch.retry');
  });

  it('exist for every consumer group of every topic, and are legal Kafka names', () => {
    const derived = derivedTopics();
    const expected = topics.flatMap((t) => t.consumers.flatMap((g) => [retryTopic(t.name, g), deadLetterTopic(t.name, g)]));
    expect(derived.map((d) => d.name).sort()).toEqual([...expected].sort());
    for (const { name, source, group, kind } of derived) {
      expect(name).toBe(`${source.name}.${group}.${kind}`);
      expect(name).toMatch(KAFKA_LEGAL);
    }
  });
});

describe('kafkaTopicSpecs', () => {
  const mainNames = topics.map((t) => t.name);

  it('lists every topic, retry topic and dead-letter topic once', () => {
    const names = kafkaTopicSpecs().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([...mainNames, ...derivedTopics().map((d) => d.name)]));
    expect(names).toHaveLength(mainNames.length + derivedTopics().length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('uses production partitions, replication 3 and min.insync.replicas 2 by default', () => {
    const cases = kafkaTopicSpecs().find((s) => s.name === 'intake.cases.v1');
    expect(cases).toEqual({
      name: 'intake.cases.v1',
      partitions: 12,
      replicationFactor: 3,
      config: { 'cleanup.policy': 'delete', 'retention.ms': String(30 * 24 * 3600 * 1000), 'min.insync.replicas': '2' },
    });
  });

  it('uses local partitions and a single replica on a developer machine', () => {
    const specs = kafkaTopicSpecs({ local: true });
    const cases = specs.find((s) => s.name === 'intake.cases.v1');
    expect(cases?.partitions).toBe(3);
    expect(specs.every((s) => s.replicationFactor === 1 && s.config?.['min.insync.replicas'] === '1')).toBe(true);
  });

  it('lets a three-broker test cluster ask for replication 3', () => {
    const specs = kafkaTopicSpecs({ local: true, replicationFactor: 3 });
    expect(specs.every((s) => s.replicationFactor === 3 && s.config?.['min.insync.replicas'] === '2')).toBe(true);
  });

  it('gives retry topics the source partitions and dead-letter topics longer retention than retries', () => {
    const specs = new Map(kafkaTopicSpecs().map((s) => [s.name, s]));
    const retry = specs.get(retryTopic('intake.cases.v1', 'dunning.case-plans'));
    const dlq = specs.get(deadLetterTopic('intake.cases.v1', 'dunning.case-plans'));
    expect(retry?.partitions).toBe(12);
    expect(Number(dlq?.config?.['retention.ms'])).toBeGreaterThan(Number(retry?.config?.['retention.ms']));
  });
});
