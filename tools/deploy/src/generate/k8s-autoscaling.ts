import { CLUSTER } from '../model/infrastructure';
import { LAG_READER_USER } from '../model/kafka-acls';
import type { PlatformModel, ServiceModel } from '../model/platform-model';
import { PART_OF, labels, type Manifest } from './k8s-service';

export const TRIGGER_AUTH = 'kafka-lag-reader';
const LAG_READER_SETTINGS = `${LAG_READER_USER}-settings`;

/**
 * Scales a service on its consumer groups' lag and on CPU (KEDA owns the resulting HPA, so the
 * base's CPU-only HPA is removed where this applies). Bounded by the fewest partitions among the
 * topics its groups read: KEDA's Kafka scaler would cap at the partition count anyway, and a pod
 * beyond it holds no partition of some topic.
 */
export function scaledObject(service: ServiceModel): Manifest {
  const lagTriggers = service.groups.flatMap((group) =>
    group.topics.map((topic) => ({
      type: 'kafka',
      name: `${group.name}-${topic.name}`.replace(/[^a-z0-9-]+/g, '-'),
      metadata: {
        bootstrapServers: CLUSTER.kafkaBootstrap,
        consumerGroup: group.name,
        topic: topic.name,
        // Messages behind per replica before another is added; a chunk of the consumer is 200.
        lagThreshold: '500',
        activationLagThreshold: '0',
        offsetResetPolicy: 'earliest',
        allowIdleConsumers: 'false',
      },
      authenticationRef: { name: TRIGGER_AUTH },
    })),
  );
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: { name: service.name, labels: labels(service.name, 'service') },
    spec: {
      scaleTargetRef: { name: service.name },
      minReplicaCount: Math.min(2, service.maxReplicas),
      maxReplicaCount: service.maxReplicas,
      pollingInterval: 30,
      cooldownPeriod: 300,
      advanced: { horizontalPodAutoscalerConfig: { behavior: { scaleDown: { stabilizationWindowSeconds: 300 } } } },
      triggers: [...lagTriggers, { type: 'cpu', metricType: 'Utilization', metadata: { value: '70' } }],
    },
  };
}

/** How KEDA logs in to Kafka: the lag reader's Strimzi password Secret plus its user name and mechanism, over TLS trusting the cluster CA. */
export function lagReaderAuthentication(): Manifest[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: LAG_READER_SETTINGS, labels: { 'app.kubernetes.io/part-of': PART_OF, 'app.kubernetes.io/component': 'autoscaling' } },
      type: 'Opaque',
      stringData: { username: LAG_READER_USER, sasl: 'scram_sha512', tls: 'enable' },
    },
    {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'TriggerAuthentication',
      metadata: { name: TRIGGER_AUTH, labels: { 'app.kubernetes.io/part-of': PART_OF, 'app.kubernetes.io/component': 'autoscaling' } },
      spec: {
        secretTargetRef: [
          { parameter: 'username', name: LAG_READER_SETTINGS, key: 'username' },
          { parameter: 'sasl', name: LAG_READER_SETTINGS, key: 'sasl' },
          { parameter: 'tls', name: LAG_READER_SETTINGS, key: 'tls' },
          // Written by Strimzi's User Operator for the KafkaUser of the same name.
          { parameter: 'password', name: LAG_READER_USER, key: 'password' },
          // The brokers' certificates are signed by Strimzi's cluster CA (a copy in this namespace, deploy/README.md).
          { parameter: 'ca', name: CLUSTER.kafkaClusterCaSecret, key: 'ca.crt' },
        ],
      },
    },
  ];
}

export function scaledObjects(model: PlatformModel): Manifest[] {
  return model.services.map(scaledObject);
}
