import { CLUSTER, DEV_SECRET_VALUES } from './infrastructure';
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
}

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
  return { plain, secret };
}

export function kubernetesEnvironment(service: ServiceModel): ServiceEnvironment {
  return serviceEnvironment(service, {
    kafkaBrokers: CLUSTER.kafkaBootstrap,
    databaseUrl: `postgres://${service.name}:change-me@${CLUSTER.databaseCluster(service.name)}-rw:${CLUSTER.databasePort}/${service.database}`,
  });
}
