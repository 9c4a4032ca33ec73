import { DEV_SECRET_VALUES } from '../model/infrastructure';
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
 * (NODE_ENV=development), and the development secrets generated here; never for real data.
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
    ],
  };
}

/**
 * Prod: KEDA scales each service on its groups' lag and on CPU, so the base's CPU-only HPAs are
 * removed (two autoscalers must never own one Deployment); more memory; the Secrets
 * `<service>-secrets` are created out of band (deploy/README.md).
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
    ],
  };
}

function jsonPatch(operations: Array<Record<string, unknown>>): string {
  return `${operations.map((operation) => `- ${JSON.stringify(operation)}`).join('\n')}\n`;
}
