/**
 * What the manifests assume about the cluster around the platform, in one place (deploy/README.md
 * "What the cluster must provide"). Everything else is derived from the service list and registry.
 */
export const CLUSTER = {
  /** Strimzi `Kafka` resource name and namespace; its operators watch the platform's namespace for topics and users. */
  kafkaCluster: 'collections',
  kafkaNamespace: 'kafka',
  /** Strimzi's bootstrap service of the `internal` listener (TLS, SCRAM-SHA-512 authentication). */
  kafkaBootstrap: 'collections-kafka-bootstrap.kafka.svc:9092',
  kafkaPort: 9092,
  /** The KafkaUsers' authentication; Strimzi writes each user's `password` into a Secret named after it. */
  kafkaSaslMechanism: 'scram-sha-512',
  /**
   * Strimzi's cluster CA certificate Secret (`<cluster>-cluster-ca-cert`, key `ca.crt`), which signs
   * the brokers' certificates. Strimzi creates it in the Kafka namespace; a copy must exist in the
   * platform's namespace (reflector, External Secrets…), as Secrets are not read across namespaces.
   */
  kafkaClusterCaSecret: 'collections-cluster-ca-cert',
  /** Each service's own PostgreSQL cluster (e.g. CloudNativePG `Cluster` `<service>-db`), in the platform's namespace. */
  databasePodLabel: 'cnpg.io/cluster',
  databaseCluster: (service: string) => `${service}-db`,
  databasePort: 5432,
  /** Where the ingress controller and Prometheus run, for the NetworkPolicies. */
  ingressNamespace: 'ingress-nginx',
  monitoringNamespace: 'monitoring',
  /** Image repository prefix; overlays set the registry and tag with kustomize `images`. */
  imagePrefix: 'collections',
  /** The uid and gid of the `node` user of the official Node.js image (the Dockerfile's USER). */
  runAsUser: 1000,
  /** More than the service's own shutdown grace (25 s, libs/service-runtime), less than nothing else. */
  terminationGracePeriodSeconds: 30,
} as const;

/** Kafka image of docker-compose.yml: the official image, at the local launcher's version. */
export const KAFKA_IMAGE_REPOSITORY = 'apache/kafka';
export const POSTGRES_IMAGE = 'postgres:15';
export const PROMETHEUS_IMAGE = 'prom/prometheus:v3.5.0';
export const GRAFANA_IMAGE = 'grafana/grafana:12.1.1';

/**
 * Development values for variables a service requires in production and keeps secret. Used by
 * docker-compose.yml (overridable from the environment) and the dev overlay's generated Secret;
 * production Secrets are created out of band. A new such variable without a value here fails the
 * generator, naming it.
 */
export const DEV_SECRET_VALUES: Readonly<Record<string, string>> = {
  OPERATOR_TOKEN: 'dev-operator-token-0001',
  GATEWAY_SECRETS: 'local-gateway=local-gateway-secret-0001',
  DELIVERY_CALLBACK_TOKEN: 'dev-callback-token-0001',
};
