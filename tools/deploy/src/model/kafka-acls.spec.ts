import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { TOPICS, deadLetterTopic, retryTopic, type TopicDefinition } from '@collections/contracts';
import { WORKSPACE_ROOT } from './config-schema';
import { LAG_READER_USER } from './kafka-acls';

interface Acl {
  type: string;
  resource: { type: string; name: string; patternType: string };
  operations: string[];
}

const topics = TOPICS as readonly TopicDefinition[];
const users = new Map(
  parseAllDocuments(readFileSync(join(WORKSPACE_ROOT, 'deploy/k8s/base/kafka/users.yaml'), 'utf8')).map((document) => {
    const user = document.toJS() as { metadata: { name: string }; spec: { authorization: { acls: Acl[] } } };
    return [user.metadata.name, user.spec.authorization.acls] as const;
  }),
);

/** What a service needs, worked out from the registry here independently of the generator, as "type:name:operation". */
function neededBy(service: string): Set<string> {
  const needed = new Set<string>();
  for (const topic of topics) {
    if (topic.producer === service) needed.add(`topic:${topic.name}:Write`);
    for (const group of topic.consumers.filter((name) => name.startsWith(`${service}.`))) {
      needed.add(`group:${group}:Read`);
      needed.add(`topic:${topic.name}:Read`);
      needed.add(`topic:${retryTopic(topic.name, group)}:Read`);
      needed.add(`topic:${retryTopic(topic.name, group)}:Write`);
      needed.add(`topic:${deadLetterTopic(topic.name, group)}:Write`);
    }
  }
  return needed;
}

const granted = (acls: Acl[]) => new Set(acls.flatMap((acl) => acl.operations.map((operation) => `${acl.resource.type}:${acl.resource.name}:${operation}`)));

describe('Kafka users (deploy/k8s/base/kafka/users.yaml)', () => {
  const services = [...new Set(topics.flatMap((topic) => [topic.owner, ...topic.consumers.map((group) => group.split('.')[0]!)]))];

  it.each(services)('%s gets exactly what the registry says it produces and consumes, nothing more', (service) => {
    const acls = users.get(service)!;
    expect(acls).toBeDefined();
    expect([...granted(acls)].sort()).toEqual([...neededBy(service)].sort());
    for (const acl of acls) {
      expect(acl).toMatchObject({ type: 'allow', resource: { patternType: 'literal' } });
      expect(['topic', 'group']).toContain(acl.resource.type);
    }
  });

  it('never lets a service write a topic it does not produce, nor read another group\'s retry topic', () => {
    for (const service of services) {
      for (const permission of granted(users.get(service)!)) {
        const [type, name, operation] = permission.split(':');
        if (type !== 'topic') continue;
        const source = topics.find((topic) => name === topic.name || name!.startsWith(`${topic.name}.`))!;
        if (operation === 'Write' && name === source.name) expect(source.producer).toBe(service);
        if (name !== source.name) expect(name!.slice(source.name.length + 1).startsWith(`${service}.`)).toBe(true);
      }
    }
  });

  it('lets outside parties write only the topics they produce and read only those they are listed on', () => {
    const acls = users.get('creditor-channels')!;
    expect([...granted(acls)].sort()).toEqual(['group:creditor-channels.:Read', 'topic:intake.claims-inbound.v1:Write', 'topic:intake.claims-outcomes.v1:Read']);
    expect(acls.find((acl) => acl.resource.type === 'group')?.resource.patternType).toBe('prefix');
  });

  it('lets the autoscaler only describe the groups and the topics they read', () => {
    const operations = new Set(users.get(LAG_READER_USER)!.flatMap((acl) => acl.operations));
    expect([...operations]).toEqual(['Describe']);
  });
});
