import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { SERVICE_NAMES, TOPICS, kafkaTopicSpecs, type TopicDefinition } from '@collections/contracts';
import { WORKSPACE_ROOT } from '../model/config-schema';
import { HTTP_EDGES } from '../model/http-edges';
import { CLUSTER, DEV_SECRET_VALUES } from '../model/infrastructure';
import { OBJECT_STORE_VARIABLES, usesObjectStore } from '../model/object-store';
import { kustomizeBuild } from './kustomize';

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string }; spec?: Record<string, unknown> } & Record<string, unknown>;

const path = (file: string) => join(WORKSPACE_ROOT, file);
const objectsOf = (yamlText: string) => parseAllDocuments(yamlText).map((document) => document.toJS() as K8sObject).filter(Boolean);
const partitions = new Map((TOPICS as readonly TopicDefinition[]).map((topic) => [topic.name, topic.partitions]));
const objectStoreUsers = SERVICE_NAMES.filter((service) => usesObjectStore(service));
const OBJECT_STORE_SECRET_NAMES = OBJECT_STORE_VARIABLES.filter((variable) => variable.secret).map((variable) => variable.name);
const OBJECT_STORE_SECRET_VALUES = OBJECT_STORE_SECRET_NAMES.map((name) => DEV_SECRET_VALUES[name]!);

describe('object-store users, read from the services\' source', () => {
  it('are the services whose own code imports @collections/object-store (recomputed here with a plain search)', () => {
    const grep = spawnSync('grep', ['-rlE', '--include=*.ts', "from '@collections/object-store'", 'services'], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
    const importing = new Set(
      grep.stdout
        .split('\n')
        .filter((file) => /^services\/[^/]+\/src\//.test(file) && !/\.(int-|e2e-)?spec\.ts$/.test(file) && !file.includes('/test/'))
        .map((file) => file.split('/')[1]!),
    );
    expect([...objectStoreUsers].sort()).toEqual([...importing].sort());
    expect(objectStoreUsers).toEqual(expect.arrayContaining(['intake', 'contact-center', 'notifications', 'payments']));
  });
});

function validateSchemas(yamlText: string): { count: number; problems: unknown[] } {
  const output = execFileSync(process.execPath, [path('tools/deploy/src/validate/validate-manifests.mjs')], { input: yamlText, encoding: 'utf8', cwd: WORKSPACE_ROOT });
  return JSON.parse(output);
}

describe.each(['dev', 'prod'])('the %s overlay', (overlay) => {
  const rendered = kustomizeBuild(path(`deploy/k8s/overlays/${overlay}`));
  const objects = objectsOf(rendered);
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);

  it('renders with kustomize and every object validates against its Kubernetes, Strimzi, KEDA or Prometheus Operator schema', () => {
    const result = validateSchemas(rendered);
    expect(result.problems).toEqual([]);
    expect(result.count).toBe(objects.length);
  });

  it('runs every service non-root, read-only, without privilege escalation or capabilities, probed on its health endpoints', () => {
    expect(ofKind('Deployment').map((d) => d.metadata.name).sort()).toEqual([...SERVICE_NAMES].sort());
    for (const workload of [...ofKind('Deployment'), ...ofKind('Job')]) {
      const pod = (workload.spec as unknown as { template: { spec: Record<string, never> } }).template.spec as unknown as { securityContext: Record<string, unknown>; containers: Array<Record<string, never>>; volumes: unknown[] };
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      const kafkaCa = { name: 'kafka-cluster-ca', secret: { secretName: 'collections-cluster-ca-cert', items: [{ key: 'ca.crt', path: 'ca.crt' }] } };
      // Services also mount Strimzi's cluster CA (below); nothing else is mounted.
      expect(pod.volumes).toEqual(workload.kind === 'Deployment' ? [{ name: 'tmp', emptyDir: expect.any(Object) }, kafkaCa] : [{ name: 'tmp', emptyDir: expect.any(Object) }]);
      for (const container of pod.containers) {
        expect(container['securityContext']).toEqual({ runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(container['resources']).toMatchObject({ requests: { cpu: expect.any(String), memory: expect.any(String) }, limits: { memory: expect.any(String) } });
        if (workload.kind === 'Deployment') {
          expect(container['livenessProbe']).toMatchObject({ httpGet: { path: '/health/live' } });
          expect(container['readinessProbe']).toMatchObject({ httpGet: { path: '/health/ready' } });
        }
      }
    }
  });

  it('has a migration job, service, disruption budget, network policy and Kafka user per service', () => {
    for (const kind of ['Service', 'PodDisruptionBudget', 'NetworkPolicy']) expect(ofKind(kind).map((o) => o.metadata.name).sort()).toEqual([...SERVICE_NAMES].sort());
    expect(ofKind('Job').map((o) => o.metadata.name).sort()).toEqual(SERVICE_NAMES.map((s) => `${s}-migrate`).sort());
    expect(ofKind('KafkaUser').map((o) => o.metadata.name)).toEqual(expect.arrayContaining([...SERVICE_NAMES]));
    expect(ofKind('KafkaTopic').map((o) => (o.spec as unknown as { topicName: string }).topicName).sort()).toEqual(kafkaTopicSpecs().map((spec) => spec.name).sort());
  });

  it('logs every service in to Kafka as its own KafkaUser, over TLS trusting the cluster CA (the shared listener takes nothing else)', () => {
    const users = new Map(ofKind('KafkaUser').map((user) => [user.metadata.name, user.spec as unknown as { authentication: { type: string } }]));
    expect(ofKind('Deployment')).toHaveLength(SERVICE_NAMES.length);
    for (const deployment of ofKind('Deployment')) {
      const container = (deployment.spec as unknown as { template: { spec: { containers: Array<{ env?: Array<Record<string, unknown>>; volumeMounts: unknown[] }> } } }).template.spec.containers[0]!;
      const service = deployment.metadata.name;
      expect(container.env).toEqual([
        { name: 'KAFKA_SASL_MECHANISM', value: users.get(service)!.authentication.type },
        { name: 'KAFKA_SASL_USERNAME', value: service },
        { name: 'KAFKA_SASL_PASSWORD', valueFrom: { secretKeyRef: { name: service, key: 'password' } } },
        { name: 'KAFKA_SSL', value: 'true' },
        { name: 'KAFKA_SSL_CA_FILE', value: '/etc/kafka-cluster-ca/ca.crt' },
      ]);
      expect(container.volumeMounts).toContainEqual({ name: 'kafka-cluster-ca', mountPath: '/etc/kafka-cluster-ca', readOnly: true });
    }
    if (overlay === 'prod') {
      const [settings] = ofKind('Secret').filter((secret) => secret.metadata.name === 'keda-lag-reader-settings');
      expect(settings!['stringData']).toMatchObject({ sasl: 'scram_sha512', tls: 'enable' });
      const [trigger] = ofKind('TriggerAuthentication');
      expect((trigger!.spec as unknown as { secretTargetRef: unknown[] }).secretTargetRef).toContainEqual({ parameter: 'ca', name: 'collections-cluster-ca-cert', key: 'ca.crt' });
    }
  });

  it('gives every object-store user the S3 store: plain settings in its ConfigMap, credentials only in its Secret', () => {
    const configMaps = new Map(ofKind('ConfigMap').map((map) => [map.metadata.name, (map['data'] ?? {}) as Record<string, string>]));
    const bucket = overlay === 'dev' ? CLUSTER.objectStore.devBucket : CLUSTER.objectStore.bucket;
    for (const service of SERVICE_NAMES) {
      const data = configMaps.get(`${service}-config`)!;
      if (!objectStoreUsers.includes(service)) {
        expect(Object.keys(data).filter((name) => name.startsWith('OBJECT_STORE'))).toEqual([]);
        continue;
      }
      expect(data).toMatchObject({
        OBJECT_STORE: 's3',
        OBJECT_STORE_S3_ENDPOINT: CLUSTER.objectStore.endpoint,
        OBJECT_STORE_S3_REGION: CLUSTER.objectStore.region,
        OBJECT_STORE_S3_BUCKET: bucket,
      });
      expect(data.OBJECT_STORE_DIR).toBeUndefined();
      // Deployment and migration Job read the same ConfigMap and Secret.
      for (const workload of [...ofKind('Deployment'), ...ofKind('Job')].filter((w) => w.metadata.name === service || w.metadata.name === `${service}-migrate`)) {
        const container = (workload.spec as unknown as { template: { spec: { containers: Array<{ envFrom: unknown[] }> } } }).template.spec.containers[0]!;
        expect(container.envFrom).toEqual([{ configMapRef: { name: `${service}-config` } }, { secretRef: { name: `${service}-secrets` } }]);
      }
      if (overlay === 'dev') {
        const [secret] = ofKind('Secret').filter((object) => object.metadata.name === `${service}-secrets`);
        const decoded = Object.fromEntries(Object.entries(secret!['data'] as Record<string, string>).map(([name, value]) => [name, Buffer.from(value, 'base64').toString('utf8')]));
        for (const name of OBJECT_STORE_SECRET_NAMES) expect(decoded[name]).toBe(DEV_SECRET_VALUES[name]);
      }
    }
    // Secret names and values never appear in any ConfigMap.
    for (const [name, data] of configMaps) {
      for (const key of OBJECT_STORE_SECRET_NAMES) expect({ name, has: key in data }).toEqual({ name, has: false });
      for (const value of OBJECT_STORE_SECRET_VALUES) expect(Object.values(data).join('\n')).not.toContain(value);
    }
  });

  it('lets only the object-store users reach the object store, on its port', () => {
    const store = CLUSTER.objectStore;
    const rule = {
      to: ['namespace' in store.network ? { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': store.network.namespace } } } : { ipBlock: { cidr: store.network.cidr } }],
      ports: [{ protocol: 'TCP', port: store.port }],
    };
    for (const policy of ofKind('NetworkPolicy')) {
      const egress = policy.spec!.egress as unknown[];
      if (objectStoreUsers.includes(policy.metadata.name as never)) expect(egress).toContainEqual(rule);
      else expect(egress).not.toContainEqual(rule);
    }
  });

  it('has intake trust exactly one proxy (the ingress controller) for the client address', () => {
    const [config] = ofKind('ConfigMap').filter((map) => map.metadata.name === 'intake-config');
    expect((config!['data'] as Record<string, string>).TRUST_PROXY).toBe(String(CLUSTER.ingressProxyHops));
    expect(CLUSTER.ingressProxyHops).toBe(1);
    for (const map of ofKind('ConfigMap').filter((m) => m.metadata.name.endsWith('-config') && !(m.metadata.name.replace(/-config$/, '') in HTTP_EDGES))) {
      expect((map['data'] as Record<string, string> | undefined)?.TRUST_PROXY).toBeUndefined();
    }
  });

  it('admits traffic from the ingress controller only to the HTTP edges', () => {
    for (const policy of ofKind('NetworkPolicy')) {
      const fromIngress = JSON.stringify(policy.spec!.ingress).includes('ingress-nginx');
      expect(fromIngress).toBe(policy.metadata.name in HTTP_EDGES);
    }
  });

  it('never scales a service beyond the partitions of any topic its consumer groups read', () => {
    const scaled = overlay === 'prod' ? ofKind('ScaledObject') : ofKind('HorizontalPodAutoscaler');
    expect(scaled.map((o) => o.metadata.name).sort()).toEqual([...SERVICE_NAMES].sort());
    for (const object of scaled) {
      const service = object.metadata.name;
      const read = (TOPICS as readonly TopicDefinition[]).filter((topic) => topic.consumers.some((group) => group.startsWith(`${service}.`)));
      const max = overlay === 'prod' ? (object.spec as unknown as { maxReplicaCount: number }).maxReplicaCount : (object.spec as unknown as { maxReplicas: number }).maxReplicas;
      for (const topic of read) expect(max).toBeLessThanOrEqual(topic.partitions);
      if (overlay === 'prod') {
        const triggers = (object.spec as unknown as { triggers: Array<{ type: string; metadata: { topic?: string; consumerGroup?: string } }> }).triggers.filter((t) => t.type === 'kafka');
        expect(triggers.map((t) => `${t.metadata.consumerGroup} ${t.metadata.topic}`).sort()).toEqual(
          read.flatMap((topic) => topic.consumers.filter((group) => group.startsWith(`${service}.`)).map((group) => `${group} ${topic.name}`)).sort(),
        );
        for (const trigger of triggers) expect(max).toBeLessThanOrEqual(partitions.get(trigger.metadata.topic!)!);
      }
    }
    if (overlay === 'prod') expect(ofKind('HorizontalPodAutoscaler')).toEqual([]);
  });

  it('has alert rules that promtool accepts', () => {
    const [rule] = ofKind('PrometheusRule');
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      writeFileSync(join(dir, 'rules.yml'), stringify(rule!.spec));
      const result = spawnSync('promtool', ['check', 'rules', join(dir, 'rules.yml')], { encoding: 'utf8' });
      expect(result.error?.message).toBeUndefined();
      expect(`${result.stdout}${result.stderr}`).toContain('SUCCESS');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('monitoring of the compose stack', () => {
  it('has alert rules that promtool accepts', () => {
    const result = spawnSync('promtool', ['check', 'rules', path('deploy/monitoring/prometheus/alerts.yml')], { encoding: 'utf8' });
    expect(result.error?.message).toBeUndefined(); // promtool comes with Debian's prometheus package (tools/platform.sh installs it)
    expect(result.status).toBe(0);
  });

  it('scrapes every service', () => {
    const config = parse(readFileSync(path('deploy/monitoring/prometheus/prometheus.yml'), 'utf8'));
    expect(config.scrape_configs[0].static_configs.map((c: { labels: { service: string } }) => c.labels.service).sort()).toEqual([...SERVICE_NAMES].sort());
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path('docker-compose.yml'), 'utf8'));

  it('validates against the Compose specification schema (as shipped by dclint)', () => {
    const schema = JSON.parse(readFileSync(path('node_modules/dclint/schemas/compose.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // The schema names draft-07 by its https URL; ajv registers the same meta-schema under the http one.
    const validate = ajv.compile({ ...schema, $schema: 'http://json-schema.org/draft-07/schema#' });
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it('starts every service healthy, restartable, after its migration, the topics and its dependencies', () => {
    for (const service of SERVICE_NAMES) {
      const entry = compose.services[service];
      expect(entry.healthcheck.test.join(' ')).toContain('/health/ready');
      expect(entry.restart).toBe('unless-stopped');
      expect(entry.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        kafka: { condition: 'service_healthy' },
        'kafka-topics': { condition: 'service_completed_successfully' },
        [`${service}-migrate`]: { condition: 'service_completed_successfully' },
        ...(objectStoreUsers.includes(service) ? { minio: { condition: 'service_healthy' }, 'minio-bucket': { condition: 'service_completed_successfully' } } : {}),
      });
      expect(compose.services[`${service}-migrate`].command).toEqual(['migrate.js']);
      expect(compose.services.prometheus.profiles).toEqual(['monitoring']);
    }
  });

  it('points every object-store user at MinIO (pinned, health-checked) and its bucket, with overridable credentials', () => {
    expect(compose.services.minio.image).toMatch(/^minio\/minio:RELEASE\.\d{4}-/);
    expect(compose.services.minio.healthcheck.test).toEqual(['CMD', 'mc', 'ready', 'local']);
    const job = compose.services['minio-bucket'];
    expect(job.image).toMatch(/^minio\/mc:RELEASE\.\d{4}-/);
    expect(job.depends_on).toEqual({ minio: { condition: 'service_healthy' } });
    expect(job.command.join('\n')).toContain(`mc mb --ignore-existing collections/${CLUSTER.objectStore.bucket}`);
    for (const service of SERVICE_NAMES) {
      const environment = compose.services[service].environment as Record<string, string>;
      if (!objectStoreUsers.includes(service)) {
        expect(Object.keys(environment).filter((name) => name.startsWith('OBJECT_STORE'))).toEqual([]);
        continue;
      }
      expect(environment).toMatchObject({
        OBJECT_STORE: 's3',
        OBJECT_STORE_S3_ENDPOINT: 'http://minio:9000',
        OBJECT_STORE_S3_REGION: CLUSTER.objectStore.region,
        OBJECT_STORE_S3_BUCKET: CLUSTER.objectStore.bucket,
      });
      // The same credentials as MinIO's root user, both from the caller's environment when set.
      for (const name of OBJECT_STORE_SECRET_NAMES) expect(environment[name]).toBe(`\${${name}:-${DEV_SECRET_VALUES[name]}}`);
      expect(compose.services.minio.environment).toEqual({ MINIO_ROOT_USER: environment.OBJECT_STORE_S3_ACCESS_KEY_ID, MINIO_ROOT_PASSWORD: environment.OBJECT_STORE_S3_SECRET_ACCESS_KEY });
      // No proxy in front of compose's services: intake keeps TRUST_PROXY's default.
      expect(environment.TRUST_PROXY).toBeUndefined();
    }
  });

  it('creates every topic of the registry in its topic job', () => {
    const script = compose.services['kafka-topics'].command.join('\n');
    for (const spec of kafkaTopicSpecs({ local: true })) expect(script).toContain(`'${spec.name} ${spec.partitions} `);
  });
});
