import type { KafkaTopicSpec } from '@collections/contracts';
import { CLUSTER } from '../model/infrastructure';
import { LAG_READER_USER, externalPartyAcls, lagReaderAcls, serviceAcls, type AclRule } from '../model/kafka-acls';
import type { PlatformModel } from '../model/platform-model';
import { PART_OF, type Manifest } from './k8s-service';

const strimziLabels = (component: string) => ({ 'strimzi.io/cluster': CLUSTER.kafkaCluster, 'app.kubernetes.io/part-of': PART_OF, 'app.kubernetes.io/component': component });

/** Kubernetes names allow no dots in some tools' eyes and are limited to 253 characters: the topic name goes in spec.topicName. */
export function topicResourceName(topic: string): string {
  return topic.replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-');
}

export function kafkaTopics(model: PlatformModel): Manifest[] {
  return model.topicSpecs.map((spec: KafkaTopicSpec) => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: topicResourceName(spec.name), labels: strimziLabels('topic') },
    spec: { topicName: spec.name, partitions: spec.partitions, replicas: spec.replicationFactor ?? 3, config: spec.config ?? {} },
  }));
}

function kafkaUser(name: string, acls: AclRule[], component: string): Manifest {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: { name, labels: strimziLabels(component) },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: {
        type: 'simple',
        acls: acls.map((acl) => ({ type: 'allow', resource: acl.resource, operations: acl.operations, host: '*' })),
      },
    },
  };
}

/** One user per service, per outside party and for KEDA's lag reader; Strimzi puts each password in a Secret of the user's name. */
export function kafkaUsers(model: PlatformModel): Manifest[] {
  return [
    ...model.services.map((service) => kafkaUser(service.name, serviceAcls(service), 'service-user')),
    ...model.externalParties.map((party) => kafkaUser(party, externalPartyAcls(party, model.topics), 'external-user')),
    kafkaUser(LAG_READER_USER, lagReaderAcls(model), 'autoscaler-user'),
  ];
}
