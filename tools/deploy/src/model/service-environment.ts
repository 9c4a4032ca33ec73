import { CLUSTER, DEV_SECRET_VALUES } from './infrastructure';
import { OBJECT_STORE_VARIABLES } from './object-store';
import type { ServiceModel } from './platform-model';

/** Where the production build puts the folder a variable's default points at, relative to the image's /app. */
export function assetTarget(variable: string): string {
  return `assets/${variable.toLowerCase().replace(/_/g, '-')}`;
}

export interface ServiceEnvironment {
  /** Non-secret variables: a ConfigMap in Kubernetes, `environment:` in compose. */
  plain: Record<string, string>;
  /** Secret variables with their development values: a Secret in Kubernetes. */
  secret: Record<string, string>;
}

export interface EnvironmentTarget {
  kafkaBrokers: string;
  databaseUrl: string;
  /** The S3-compatible store of the services that keep documents (their credentials are secrets, from DEV_SECRET_VALUES). */
  objectStore: { endpoint: string; region: string; bucket: string };
  /** TRUST_PROXY of the HTTP edges that read it, when a known number of proxies stands in front of them; else their default. */
  trustProxy?: string;
}

/** The object-store library's credentials: kept in the service's Secret, never in a ConfigMap or compose's plain values. */
const OBJECT_STORE_SECRETS = OBJECT_STORE_VARIABLES.filter((variable) => variable.secret).map((variable) => variable.name);

/**
 * The environment a service runs with outside development, the same for compose and Kubernetes:
 * everything is explicit that differs from the config class's default or that the image needs.
 * NODE_ENV=production comes from the Dockerfile. Migrations run as their own job, never at start.
 */
export function serviceEnvironment(service: ServiceModel, target: EnvironmentTarget): ServiceEnvironment {
  const plain: Record<string, string> = {
    HTTP_PORT: String(service.httpPort),
    KAFKA_BROKERS: target.kafkaBrokers,
    DATABASE_MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'info',
  };
  if (service.nodeOptions) plain.NODE_OPTIONS = service.nodeOptions;
  const secret: Record<string, string> = { DATABASE_URL: target.databaseUrl };
  for (const variable of service.config) {
    // The root filesystem is read-only: a relative working folder (`tmp/letters`) moves under /tmp.
    const relativeTmp = /^'tmp\/([^']+)'$/.exec(variable.defaultValue ?? '');
    if (relativeTmp) plain[variable.name] = `/tmp/${relativeTmp[1]}`;
    // A folder the build copies into the image, relative to its working directory (/app).
    if (variable.assetDir) plain[variable.name] = assetTarget(variable.name);
    if (variable.secret && variable.requirement === 'production') {
      const value = DEV_SECRET_VALUES[variable.name];
      if (value === undefined) throw new Error(`${service.name}: ${variable.name} is a secret required in production; add a development value to DEV_SECRET_VALUES`);
      secret[variable.name] = value;
    }
  }
  // Read by the library (ObjectStoreModule.forRoot(process.env)), not by the config class: several
  // replicas on a read-only root filesystem must share one store, so never the per-pod `filesystem`.
  if (service.objectStore) {
    plain.OBJECT_STORE = 's3';
    plain.OBJECT_STORE_S3_ENDPOINT = target.objectStore.endpoint;
    plain.OBJECT_STORE_S3_REGION = target.objectStore.region;
    plain.OBJECT_STORE_S3_BUCKET = target.objectStore.bucket;
    for (const name of OBJECT_STORE_SECRETS) {
      const value = DEV_SECRET_VALUES[name];
      if (value === undefined) throw new Error(`${service.name}: ${name} (object store) needs a development value in DEV_SECRET_VALUES`);
      secret[name] = value;
    }
  }
  if (target.trustProxy !== undefined && service.httpEdge && service.config.some((variable) => variable.name === 'TRUST_PROXY')) {
    plain.TRUST_PROXY = target.trustProxy;
  }
  return { plain, secret };
}

export function kubernetesEnvironment(service: ServiceModel): ServiceEnvironment {
  return serviceEnvironment(service, {
    kafkaBrokers: CLUSTER.kafkaBootstrap,
    databaseUrl: `postgres://${service.name}:change-me@${CLUSTER.databaseCluster(service.name)}-rw:${CLUSTER.databasePort}/${service.database}`,
    objectStore: CLUSTER.objectStore,
    // Only the ingress controller reaches an edge (its NetworkPolicy): one proxy hop.
    trustProxy: String(CLUSTER.ingressProxyHops),
  });
}
