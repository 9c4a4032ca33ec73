import { CLUSTER, DEV_SECRET_VALUES } from '../model/infrastructure';
import type { PlatformModel } from '../model/platform-model';
import { kubernetesEnvironment } from '../model/service-environment';
import { image } from './k8s-service';

/** Paths of the generated base, relative to deploy/k8s/base. */
export const BASE_FILES = {
  service: (name: string) => `services/${name}.yaml`,
  topics: 'kafka/topics.yaml',
  users: 'kafka/users.yaml',
  monitoring: 'monitoring/monitoring.yaml',
};

export function baseKustomization(model: PlatformModel): Record<string, unknown> {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...model.services.map((service) => BASE_FILES.service(service.name)), BASE_FILES.topics, BASE_FILES.users, BASE_FILES.monitoring],
  };
}

const allOf = (kind: string, labelSelector?: string) => (labelSelector ? { kind, labelSelector } : { kind });

/**
 * Dev: one replica, CPU autoscaling only (no KEDA needed), single-replica topics, the ops clock on
 * (NODE_ENV=development), the development secrets generated here, its own bucket in the object
 * store; never for real data. Kafka credentials as in prod: the shared cluster's listener takes
 * only SCRAM over TLS, and Strimzi writes the dev KafkaUsers' Secrets in the dev namespace.
 */
export function devKustomization(model: PlatformModel): Record<string, unknown> {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace: 'collections-dev',
    resources: ['../../base'],
    images: model.services.map((service) => ({ name: image(service.name), newName: `registry.dev.example/${image(service.name)}`, newTag: 'main' })),
    generatorOptions: { disableNameSuffixHash: true },
    secretGenerator: model.services.map((service) => ({
      name: `${service.name}-secrets`,
      literals: Object.entries(kubernetesEnvironment(service).secret).map(([key, value]) => `${key}=${DEV_SECRET_VALUES[key] ?? value}`),
    })),
    patches: [
      { target: allOf('Deployment', 'app.kubernetes.io/part-of=collections'), patch: jsonPatch([{ op: 'replace', path: '/spec/replicas', value: 1 }]) },
      { target: allOf('HorizontalPodAutoscaler'), patch: jsonPatch([{ op: 'replace', path: '/spec/minReplicas', value: 1 }]) },
      { target: allOf('ConfigMap', 'app.kubernetes.io/component=service'), patch: jsonPatch([{ op: 'add', path: '/data/NODE_ENV', value: 'development' }]) },
      {
        target: allOf('KafkaTopic'),
        patch: jsonPatch([
          { op: 'replace', path: '/spec/replicas', value: 1 },
          { op: 'replace', path: '/spec/config/min.insync.replicas', value: '1' },
        ]),
      },
      ...model.services
        .filter((service) => service.objectStore)
        .map((service) => ({
          target: { kind: 'ConfigMap', name: `${service.name}-config` },
          patch: jsonPatch([{ op: 'replace', path: '/data/OBJECT_STORE_S3_BUCKET', value: CLUSTER.objectStore.devBucket }]),
        })),
      ...model.services.map((service) => kafkaCredentialsPatch(service.name)),
    ],
  };
}

/** Where a pod finds the Kafka cluster's CA certificate (KAFKA_SSL_CA_FILE). */
export const KAFKA_CA_MOUNT = { volume: 'kafka-cluster-ca', path: '/etc/kafka-cluster-ca', file: 'ca.crt' } as const;

/**
 * Both overlays: each service's pods log in to Kafka as its KafkaUser (SCRAM over TLS): the password
 * from the Secret Strimzi's User Operator writes for the user (named after it, key `password`, in the
 * overlay's namespace), the cluster CA mounted as a file (ServiceConfig's KAFKA_SASL_* and KAFKA_SSL*).
 * The migration Jobs do not use Kafka.
 */
export function kafkaCredentialsEnv(service: string): Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }> {
  return [
    { name: 'KAFKA_SASL_MECHANISM', value: CLUSTER.kafkaSaslMechanism },
    { name: 'KAFKA_SASL_USERNAME', value: service },
    { name: 'KAFKA_SASL_PASSWORD', valueFrom: { secretKeyRef: { name: service, key: 'password' } } },
    { name: 'KAFKA_SSL', value: 'true' },
    { name: 'KAFKA_SSL_CA_FILE', value: `${KAFKA_CA_MOUNT.path}/${KAFKA_CA_MOUNT.file}` },
  ];
}

export function kafkaCredentialsPatch(service: string): Record<string, unknown> {
  const env = kafkaCredentialsEnv(service);
  return {
    target: { kind: 'Deployment', name: service },
    patch: jsonPatch([
      { op: 'add', path: '/spec/template/spec/containers/0/env', value: env },
      { op: 'add', path: '/spec/template/spec/containers/0/volumeMounts/-', value: { name: KAFKA_CA_MOUNT.volume, mountPath: KAFKA_CA_MOUNT.path, readOnly: true } },
      {
        op: 'add',
        path: '/spec/template/spec/volumes/-',
        value: { name: KAFKA_CA_MOUNT.volume, secret: { secretName: CLUSTER.kafkaClusterCaSecret, items: [{ key: KAFKA_CA_MOUNT.file, path: KAFKA_CA_MOUNT.file }] } },
      },
    ]),
  };
}

/**
 * Prod: KEDA scales each service on its groups' lag and on CPU, so the base's CPU-only HPAs are
 * removed (two autoscalers must never own one Deployment); more memory; Kafka credentials and the
 * cluster CA (above); the Secrets `<service>-secrets` are created out of band (deploy/README.md).
 */
export function prodKustomization(model: PlatformModel): Record<string, unknown> {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace: 'collections',
    resources: ['../../base', 'autoscaling.yaml'],
    images: model.services.map((service) => ({ name: image(service.name), newName: `registry.example/${image(service.name)}`, newTag: '0.1.0' })),
    patches: [
      {
        target: allOf('HorizontalPodAutoscaler'),
        patch: ['$patch: delete', 'apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata:', '  name: any', ''].join('\n'),
      },
      {
        target: allOf('Deployment', 'app.kubernetes.io/part-of=collections'),
        patch: jsonPatch([
          { op: 'replace', path: '/spec/template/spec/containers/0/resources/requests/cpu', value: '250m' },
          { op: 'replace', path: '/spec/template/spec/containers/0/resources/requests/memory', value: '384Mi' },
          { op: 'replace', path: '/spec/template/spec/containers/0/resources/limits/memory', value: '768Mi' },
        ]),
      },
      ...model.services.map((service) => kafkaCredentialsPatch(service.name)),
    ],
  };
}

function jsonPatch(operations: Array<Record<string, unknown>>): string {
  return `${operations.map((operation) => `- ${JSON.stringify(operation)}`).join('\n')}\n`;
}
