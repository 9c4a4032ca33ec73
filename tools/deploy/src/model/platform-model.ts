import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXTERNAL_PARTIES,
  SERVICE_NAMES,
  TOPICS,
  deadLetterTopic,
  kafkaTopicSpecs,
  retryTopic,
  type ServiceName,
  type TopicDefinition,
} from '@collections/contracts';
import { WORKSPACE_ROOT, readServiceConfig, type ConfigVariable } from './config-schema';
import { HTTP_EDGES } from './http-edges';
import { usesObjectStore } from './object-store';

/** A consumer group of a service and the topics it reads, straight from the topic registry. */
export interface GroupModel {
  name: string;
  topics: TopicDefinition[];
  retryTopics: string[];
  deadLetterTopics: string[];
}

export interface ServiceModel {
  name: ServiceName;
  database: string;
  /** Every service listens on the same port inside its container or pod. */
  httpPort: number;
  /** Why the service takes traffic from outside the cluster, or undefined when it takes none. */
  httpEdge?: string;
  /** Topics it writes (the registry's `producer`). */
  produces: TopicDefinition[];
  groups: GroupModel[];
  /**
   * The most replicas worth running: the fewest partitions among the topics its groups read, so no
   * replica sits idle on any of them (a partition is read by one member of a group at a time).
   */
  maxReplicas: number;
  /** Node flags of its serve command (e.g. a heap cap), kept in production through NODE_OPTIONS. */
  nodeOptions?: string;
  config: ConfigVariable[];
  /** Keeps documents in the shared object store (its source imports @collections/object-store). */
  objectStore: boolean;
}

export const HTTP_PORT = 3000;
/** Without consumer groups nothing bounds replicas but cost; a service that only serves HTTP. */
const MAX_REPLICAS_WITHOUT_GROUPS = 6;

export function databaseName(service: string): string {
  return `collections_${service.replace(/-/g, '_')}`;
}

function groupsOf(service: ServiceName): GroupModel[] {
  const byGroup = new Map<string, TopicDefinition[]>();
  for (const topic of TOPICS as readonly TopicDefinition[]) {
    for (const group of topic.consumers.filter((name) => name.startsWith(`${service}.`))) {
      byGroup.set(group, [...(byGroup.get(group) ?? []), topic]);
    }
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, topics]) => ({
      name,
      topics,
      retryTopics: topics.map((topic) => retryTopic(topic.name, name)),
      deadLetterTopics: topics.map((topic) => deadLetterTopic(topic.name, name)),
    }));
}

/** The Node/V8 flags of a service's serve command (a heap cap), as deployed in NODE_OPTIONS and run by the platform driver. */
export function nodeOptionsOf(service: string, root: string = WORKSPACE_ROOT): string | undefined {
  const file = join(root, 'services', service, 'project.json');
  if (!existsSync(file)) return undefined;
  const command: string = JSON.parse(readFileSync(file, 'utf8')).targets?.serve?.options?.command ?? '';
  // Only V8/Node tuning flags; `-r @swc-node/register` is how development runs TypeScript.
  const flags = command.split(/\s+/).filter((arg) => /^--(max-old-space-size|max-semi-space-size|stack-size)=\d+$/.test(arg));
  return flags.length > 0 ? flags.join(' ') : undefined;
}

export function serviceModel(name: ServiceName, root = WORKSPACE_ROOT): ServiceModel {
  const groups = groupsOf(name);
  const partitions = groups.flatMap((group) => group.topics.map((topic) => topic.partitions));
  return {
    name,
    database: databaseName(name),
    httpPort: HTTP_PORT,
    httpEdge: HTTP_EDGES[name],
    produces: (TOPICS as readonly TopicDefinition[]).filter((topic) => topic.producer === name),
    groups,
    maxReplicas: partitions.length > 0 ? Math.min(...partitions) : MAX_REPLICAS_WITHOUT_GROUPS,
    nodeOptions: nodeOptionsOf(name, root),
    config: readServiceConfig(name, root),
    objectStore: usesObjectStore(name, root),
  };
}

export interface PlatformModel {
  services: ServiceModel[];
  externalParties: readonly string[];
  topics: readonly TopicDefinition[];
  /** Production topic specs: the registry's topics, then every group's retry and dead-letter topics. */
  topicSpecs: ReturnType<typeof kafkaTopicSpecs>;
  localTopicSpecs: ReturnType<typeof kafkaTopicSpecs>;
}

export function platformModel(root = WORKSPACE_ROOT): PlatformModel {
  return {
    services: SERVICE_NAMES.map((name) => serviceModel(name, root)),
    externalParties: EXTERNAL_PARTIES,
    topics: TOPICS,
    topicSpecs: kafkaTopicSpecs(),
    localTopicSpecs: kafkaTopicSpecs({ local: true }),
  };
}
