import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '../model/config-schema';
import { CLUSTER, DEV_SECRET_VALUES, GRAFANA_IMAGE, KAFKA_IMAGE_REPOSITORY, MINIO_CLIENT_IMAGE, MINIO_IMAGE, POSTGRES_IMAGE, PROMETHEUS_IMAGE } from '../model/infrastructure';
import type { PlatformModel, ServiceModel } from '../model/platform-model';
import { serviceEnvironment } from '../model/service-environment';

export function kafkaImage(root = WORKSPACE_ROOT): string {
  const pinned = JSON.parse(readFileSync(join(root, 'deploy/local/kafka/kafka-version.json'), 'utf8')) as { kafka: string };
  return `${KAFKA_IMAGE_REPOSITORY}:${pinned.kafka}`;
}

/** Host ports as `npm start` assigns them: 3001 upwards in alphabetical order of the services. */
export function hostPort(model: PlatformModel, service: string): number {
  return 3001 + model.services.map((s): string => s.name).sort().indexOf(service);
}

const KAFKA_BOOTSTRAP = 'kafka:9092';
/** MinIO: the compose stack's S3-compatible store, one bucket shared by the object-store users (as in Kubernetes). */
export const COMPOSE_OBJECT_STORE = { endpoint: 'http://minio:9000', region: CLUSTER.objectStore.region, bucket: CLUSTER.objectStore.bucket } as const;
/** `${NAME:-development value}`: from the caller's environment, else the development value. */
const fromEnvironment = (name: string) => `\${${name}:-${DEV_SECRET_VALUES[name]}}`;
const POSTGRES_URL = (database: string) => `postgres://postgres:\${POSTGRES_PASSWORD:-collections}@postgres:5432/${database}`;

// Node's fetch: the slim runtime image has neither curl nor wget.
const readyCheck = (port: number) => [
  'CMD',
  'node',
  '-e',
  `fetch('http://127.0.0.1:${port}/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
];

function build(service: string) {
  return { context: '.', dockerfile: 'Dockerfile', args: { SERVICE: service } };
}

/** Secrets come from the caller's environment, with the development value when unset. */
function environmentOf(service: ServiceModel): Record<string, string> {
  // No proxy in front of the services here: TRUST_PROXY keeps its default (false).
  const env = serviceEnvironment(service, { kafkaBrokers: KAFKA_BOOTSTRAP, databaseUrl: POSTGRES_URL(service.database), objectStore: COMPOSE_OBJECT_STORE });
  const secrets = Object.fromEntries(Object.entries(env.secret).map(([name, value]) => [name, name in DEV_SECRET_VALUES ? fromEnvironment(name) : value]));
  return { ...env.plain, ...secrets };
}

/**
 * One-shot topic creation from the registry, with the broker's own CLI: a single broker, so
 * replication factor 1 and the registry's local partition counts, as the local launcher creates them.
 */
function topicJob(model: PlatformModel): Record<string, unknown> {
  const lines = model.localTopicSpecs.map((spec) =>
    [spec.name, spec.partitions, Object.entries(spec.config ?? {}).map(([key, value]) => `--config ${key}=${value}`).join(' ')].join(' '),
  );
  const script = [
    'set -eu',
    // Four JVMs at a time: each kafka-topics.sh call starts one.
    `printf '%s\\n' ${lines.map((line) => `'${line}'`).join(' ')} | xargs -P 4 -L 1 sh -c 'name=$$0 partitions=$$1; shift; exec /opt/kafka/bin/kafka-topics.sh --bootstrap-server ${KAFKA_BOOTSTRAP} --create --if-not-exists --replication-factor 1 --topic "$$name" --partitions "$$partitions" "$$@" >/dev/null'`,
    `echo "${model.localTopicSpecs.length} topics ready"`,
  ].join('\n');
  return {
    image: kafkaImage(),
    depends_on: { kafka: { condition: 'service_healthy' } },
    entrypoint: ['/bin/sh', '-c'],
    command: [script],
    restart: 'on-failure:3',
  };
}

/**
 * MinIO with one data volume; its root user is the services' access key (development only), and a
 * one-shot job with MinIO's client creates the bucket, which the library expects to exist.
 */
function objectStoreEntries(model: PlatformModel): Record<string, unknown> {
  if (!model.services.some((service) => service.objectStore)) return {};
  const credentials = {
    MINIO_ROOT_USER: fromEnvironment('OBJECT_STORE_S3_ACCESS_KEY_ID'),
    MINIO_ROOT_PASSWORD: fromEnvironment('OBJECT_STORE_S3_SECRET_ACCESS_KEY'),
  };
  return {
    minio: {
      image: MINIO_IMAGE,
      command: ['server', '/data'],
      environment: credentials,
      volumes: ['minio-data:/data'],
      // The image's own client; `local` is its alias for this server.
      healthcheck: { test: ['CMD', 'mc', 'ready', 'local'], interval: '5s', timeout: '5s', retries: 20 },
      restart: 'unless-stopped',
    },
    'minio-bucket': {
      image: MINIO_CLIENT_IMAGE,
      environment: credentials,
      entrypoint: ['/bin/sh', '-c'],
      command: [
        [
          'set -eu',
          `mc alias set collections ${COMPOSE_OBJECT_STORE.endpoint} "$$MINIO_ROOT_USER" "$$MINIO_ROOT_PASSWORD" >/dev/null`,
          `mc mb --ignore-existing collections/${COMPOSE_OBJECT_STORE.bucket}`,
        ].join('\n'),
      ],
      depends_on: { minio: { condition: 'service_healthy' } },
      restart: 'on-failure:3',
    },
  };
}

function serviceEntries(model: PlatformModel, service: ServiceModel): Record<string, unknown> {
  const environment = environmentOf(service);
  const common = { image: `collections/${service.name}:local`, read_only: true, tmpfs: ['/tmp'] };
  return {
    [`${service.name}-migrate`]: {
      ...common,
      build: build(service.name),
      command: ['migrate.js'],
      environment: { DATABASE_URL: environment.DATABASE_URL },
      depends_on: { postgres: { condition: 'service_healthy' } },
      restart: 'on-failure:3',
    },
    [service.name]: {
      ...common,
      build: build(service.name),
      environment,
      ports: [`${hostPort(model, service.name)}:${service.httpPort}`],
      healthcheck: { test: readyCheck(service.httpPort), interval: '10s', timeout: '5s', retries: 3, start_period: '60s' },
      restart: 'unless-stopped',
      // More than the service's own 25 s shutdown grace.
      stop_grace_period: '30s',
      depends_on: {
        postgres: { condition: 'service_healthy' },
        kafka: { condition: 'service_healthy' },
        'kafka-topics': { condition: 'service_completed_successfully' },
        [`${service.name}-migrate`]: { condition: 'service_completed_successfully' },
        ...(service.objectStore ? { minio: { condition: 'service_healthy' }, 'minio-bucket': { condition: 'service_completed_successfully' } } : {}),
      },
    },
  };
}

export function composeFile(model: PlatformModel): Record<string, unknown> {
  const databases = model.services.map((service) => `CREATE DATABASE ${service.database};`);
  return {
    name: 'collections',
    services: {
      kafka: {
        image: kafkaImage(),
        environment: {
          KAFKA_NODE_ID: 1,
          KAFKA_PROCESS_ROLES: 'broker,controller',
          KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
          KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${KAFKA_BOOTSTRAP}`,
          KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
          KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
          KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:9093',
          KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1,
          KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1,
          KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1,
          // Topics come from the registry (kafka-topics below), never from a typo in a client.
          KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
          KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0,
        },
        volumes: ['kafka-data:/var/lib/kafka/data'],
        healthcheck: {
          test: ['CMD-SHELL', '/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 >/dev/null 2>&1'],
          interval: '5s',
          timeout: '10s',
          retries: 20,
        },
        restart: 'unless-stopped',
      },
      'kafka-topics': topicJob(model),
      postgres: {
        image: POSTGRES_IMAGE,
        environment: { POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: '${POSTGRES_PASSWORD:-collections}' },
        // One database per service, created on the first start of the data volume.
        command: ['bash', '-c', `printf '%s\\n' ${databases.map((line) => `'${line}'`).join(' ')} > /docker-entrypoint-initdb.d/databases.sql && exec docker-entrypoint.sh postgres`],
        volumes: ['postgres-data:/var/lib/postgresql/data'],
        healthcheck: { test: ['CMD-SHELL', 'pg_isready -U postgres'], interval: '5s', timeout: '5s', retries: 20 },
        restart: 'unless-stopped',
      },
      ...objectStoreEntries(model),
      ...Object.assign({}, ...model.services.map((service) => serviceEntries(model, service))),
      prometheus: {
        image: PROMETHEUS_IMAGE,
        profiles: ['monitoring'],
        command: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.retention.time=7d'],
        volumes: ['./deploy/monitoring/prometheus:/etc/prometheus:ro', 'prometheus-data:/prometheus'],
        ports: ['9090:9090'],
        restart: 'unless-stopped',
        depends_on: Object.fromEntries(model.services.map((service) => [service.name, { condition: 'service_started' }])),
      },
      grafana: {
        image: GRAFANA_IMAGE,
        profiles: ['monitoring'],
        environment: { GF_SECURITY_ADMIN_PASSWORD: '${GRAFANA_ADMIN_PASSWORD:-admin}', GF_AUTH_ANONYMOUS_ENABLED: 'false' },
        volumes: [
          './deploy/monitoring/grafana/provisioning:/etc/grafana/provisioning:ro',
          './deploy/monitoring/grafana/dashboards:/var/lib/grafana/dashboards:ro',
        ],
        ports: ['3000:3000'],
        restart: 'unless-stopped',
        depends_on: { prometheus: { condition: 'service_started' } },
      },
    },
    volumes: { 'kafka-data': {}, 'postgres-data': {}, ...(model.services.some((service) => service.objectStore) ? { 'minio-data': {} } : {}), 'prometheus-data': {} },
  };
}
