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
  /**
   * The S3-compatible object store that keeps the documents of every service importing
   * @collections/object-store (OBJECT_STORE=s3; path-style, as an endpoint is set). Its TLS
   * certificate must come from a CA Node trusts. `network` is where those services' NetworkPolicy
   * lets them go: the store's namespace (an in-cluster MinIO tenant, Rook-Ceph RGW…) or, for a store
   * outside the cluster, `{ cidr: '<its addresses>' }`; `port` is the port its pods (or hosts)
   * listen on, since a NetworkPolicy sees the port after a Service has translated it.
   */
  objectStore: {
    endpoint: 'https://s3.object-store.svc',
    region: 'eu-central-1',
    bucket: 'collections-documents',
    /** The dev overlay's own bucket in the same store: development never sees production documents. */
    devBucket: 'collections-dev-documents',
    network: { namespace: 'object-store' } as { namespace: string } | { cidr: string },
    port: 443,
  },
  /** Where the ingress controller and Prometheus run, for the NetworkPolicies. */
  ingressNamespace: 'ingress-nginx',
  /**
   * TRUST_PROXY of an HTTP edge that reads it (intake): how many proxies stand between the client
   * and the pod. The NetworkPolicy admits the edge's port from the ingress controller only, so
   * every request passed exactly one proxy, which appends the address it saw to X-Forwarded-For:
   * with one trusted hop Express takes that last entry, and ignores whatever the client put before
   * it. A hop count needs no knowledge of the controller's pod CIDR (which the cluster decides),
   * and trusting a whole private range would also trust addresses a client can write in the header.
   * A load balancer in front of the controller is the controller's business (PROXY protocol, or
   * its `use-forwarded-headers` with `proxy-real-ip-cidr`): it then still appends the real client.
   */
  ingressProxyHops: 1,
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
/** docker-compose.yml's S3-compatible store and the client of its one-shot bucket job (official images, release tags). */
export const MINIO_IMAGE = 'minio/minio:RELEASE.2025-09-07T16-13-09Z';
export const MINIO_CLIENT_IMAGE = 'minio/mc:RELEASE.2025-08-13T08-35-41Z';

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
  // The object store's credentials (every object-store user); in compose also MinIO's root user.
  OBJECT_STORE_S3_ACCESS_KEY_ID: 'dev-object-store-key-0001',
  OBJECT_STORE_S3_SECRET_ACCESS_KEY: 'dev-object-store-secret-0001',
};
