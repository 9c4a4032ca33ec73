import { CLUSTER } from '../model/infrastructure';
import type { ServiceModel } from '../model/platform-model';
import { kubernetesEnvironment } from '../model/service-environment';

export type Manifest = Record<string, unknown> & { apiVersion: string; kind: string; metadata: { name: string } & Record<string, unknown> };

export const PART_OF = 'collections';

export function labels(service: string, component: string): Record<string, string> {
  return { 'app.kubernetes.io/name': service, 'app.kubernetes.io/component': component, 'app.kubernetes.io/part-of': PART_OF };
}

const selector = (service: string) => ({ 'app.kubernetes.io/name': service, 'app.kubernetes.io/component': 'service' });

/** Non-root, read-only root filesystem, no privilege escalation, no capabilities: for every container. */
const containerSecurity = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

const podSecurity = {
  runAsNonRoot: true,
  runAsUser: CLUSTER.runAsUser,
  runAsGroup: CLUSTER.runAsUser,
  fsGroup: CLUSTER.runAsUser,
  seccompProfile: { type: 'RuntimeDefault' },
};

// The image's only writable place; letters, uploads and Node's own temp files go there.
const tmpVolume = { name: 'tmp', emptyDir: { sizeLimit: '512Mi' } };
const tmpMount = { name: 'tmp', mountPath: '/tmp' };

function podEnv(service: ServiceModel) {
  return [{ configMapRef: { name: `${service.name}-config` } }, { secretRef: { name: `${service.name}-secrets` } }];
}

export function image(service: string): string {
  return `${CLUSTER.imagePrefix}/${service}`;
}

function configMap(service: ServiceModel): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${service.name}-config`, labels: labels(service.name, 'service') },
    data: kubernetesEnvironment(service).plain,
  };
}

function deployment(service: ServiceModel): Manifest {
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds,
    timeoutSeconds: 5,
    failureThreshold,
  });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: service.name, labels: labels(service.name, 'service') },
    spec: {
      replicas: 2,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(service.name) },
      // One new pod at a time, none down before it is ready: consumers rebalance once per step.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: labels(service.name, 'service') },
        spec: {
          serviceAccountName: service.name,
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          terminationGracePeriodSeconds: CLUSTER.terminationGracePeriodSeconds,
          containers: [
            {
              name: service.name,
              image: image(service.name),
              ports: [{ name: 'http', containerPort: service.httpPort, protocol: 'TCP' }],
              envFrom: podEnv(service),
              // Start-up (migrations excluded) may take a while on a cold node; liveness waits for it.
              startupProbe: probe('/health/live', 2, 60),
              livenessProbe: probe('/health/live', 10, 3),
              // 503 while the database or Kafka is down, and from the first moment of a shutdown.
              readinessProbe: probe('/health/ready', 5, 2),
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
}

/**
 * Applies pending migrations before the new version starts. An Argo CD PreSync hook: it runs, and
 * must succeed, before the sync applies the new Deployment; BeforeHookCreation deletes the previous
 * run first (a Job's template cannot be changed in place). Migrations stay backward compatible
 * with the version still running (expand, then contract in a later release): see the runbook.
 */
function migrationJob(service: ServiceModel): Manifest {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: `${service.name}-migrate`,
      labels: labels(service.name, 'migration'),
      annotations: { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' },
    },
    spec: {
      backoffLimit: 3,
      activeDeadlineSeconds: 1800,
      ttlSecondsAfterFinished: 86_400,
      template: {
        metadata: { labels: labels(service.name, 'migration') },
        spec: {
          restartPolicy: 'Never',
          serviceAccountName: service.name,
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          containers: [
            {
              name: 'migrate',
              image: image(service.name),
              args: ['migrate.js'],
              envFrom: podEnv(service),
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '256Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [tmpMount],
            },
          ],
          volumes: [tmpVolume],
        },
      },
    },
  };
}

function service(model: ServiceModel): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: model.name, labels: labels(model.name, 'service') },
    spec: { selector: selector(model.name), ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] },
  };
}

function disruptionBudget(model: ServiceModel): Manifest {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: model.name, labels: labels(model.name, 'service') },
    // maxUnavailable rather than minAvailable: a single-replica dev deployment can still be drained.
    spec: { maxUnavailable: 1, selector: { matchLabels: selector(model.name) } },
  };
}

function serviceAccount(model: ServiceModel): Manifest {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: model.name, labels: labels(model.name, 'service') }, automountServiceAccountToken: false };
}

export function horizontalAutoscaler(model: ServiceModel): Manifest {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: model.name, labels: labels(model.name, 'service') },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: model.name },
      minReplicas: Math.min(2, model.maxReplicas),
      // Never more replicas than partitions to share: the rest would sit idle in their groups.
      maxReplicas: model.maxReplicas,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  };
}

export function serviceManifests(model: ServiceModel): Manifest[] {
  return [serviceAccount(model), configMap(model), deployment(model), service(model), disruptionBudget(model), horizontalAutoscaler(model), migrationJob(model)];
}
