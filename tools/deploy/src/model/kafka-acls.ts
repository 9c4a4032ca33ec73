import type { TopicDefinition } from '@collections/contracts';
import type { PlatformModel, ServiceModel } from './platform-model';

export type AclOperation = 'Read' | 'Write' | 'Describe';

export interface AclRule {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
  operations: AclOperation[];
}

/** Collects operations per resource, so each resource appears once with the union of what is needed. */
class AclSet {
  private readonly rules = new Map<string, AclRule>();

  add(type: 'topic' | 'group', name: string, operation: AclOperation, patternType: 'literal' | 'prefix' = 'literal'): this {
    const key = `${type}:${patternType}:${name}`;
    const rule = this.rules.get(key) ?? { resource: { type, name, patternType }, operations: [] };
    if (!rule.operations.includes(operation)) rule.operations.push(operation);
    rule.operations.sort();
    this.rules.set(key, rule);
    return this;
  }

  toArray(): AclRule[] {
    return [...this.rules.values()].sort((a, b) => `${a.resource.type}:${a.resource.name}`.localeCompare(`${b.resource.type}:${b.resource.name}`));
  }
}

/**
 * The least a service's Kafka user needs, read from the registry (Write and Read imply Describe in
 * Kafka's authorizer, so Describe is never granted on its own here):
 * - Write on the topics it produces (its outbox relay; since Kafka 3.0 that also allows the
 *   idempotent producer, so no cluster-level IdempotentWrite);
 * - for each of its consumer groups: Read on the group, Read on the topics the group consumes and
 *   on the group's retry topic, Write on the group's dead-letter topic (the consumer parks there)
 *   and on its retry topic (`dead-letters replay` runs from the service's image, as the service).
 * Nothing on other services' groups, retry or dead-letter topics, and no Create: topics are Strimzi
 * resources, so the consumer's create-if-missing finds them all present.
 */
export function serviceAcls(service: ServiceModel): AclRule[] {
  const acls = new AclSet();
  for (const topic of service.produces) acls.add('topic', topic.name, 'Write');
  for (const group of service.groups) {
    acls.add('group', group.name, 'Read');
    for (const topic of group.topics) acls.add('topic', topic.name, 'Read');
    for (const retry of group.retryTopics) acls.add('topic', retry, 'Read').add('topic', retry, 'Write');
    for (const deadLetter of group.deadLetterTopics) acls.add('topic', deadLetter, 'Write');
  }
  return acls.toArray();
}

/**
 * A party outside the platform (creditors' ERPs through their channels): Write on the topics it is
 * the registry's producer of, Read on those listing it as an external consumer, and its own
 * consumer groups, which we cannot name, under its prefix.
 */
export function externalPartyAcls(party: string, topics: readonly TopicDefinition[]): AclRule[] {
  const acls = new AclSet();
  for (const topic of topics.filter((t) => t.producer === party)) acls.add('topic', topic.name, 'Write');
  const reads = topics.filter((t) => (t.externalConsumers as readonly string[] | undefined)?.includes(party));
  for (const topic of reads) acls.add('topic', topic.name, 'Read');
  if (reads.length > 0) acls.add('group', `${party}.`, 'Read', 'prefix');
  return acls.toArray();
}

/** KEDA's Kafka scaler only reads group offsets and partition ends: Describe on those groups and topics. */
export function lagReaderAcls(model: PlatformModel): AclRule[] {
  const acls = new AclSet();
  for (const group of model.services.flatMap((service) => service.groups)) {
    acls.add('group', group.name, 'Describe');
    for (const topic of group.topics) acls.add('topic', topic.name, 'Describe');
  }
  return acls.toArray();
}

/** The Kafka user (and Strimzi KafkaUser name) that KEDA's scaler authenticates as. */
export const LAG_READER_USER = 'keda-lag-reader';
