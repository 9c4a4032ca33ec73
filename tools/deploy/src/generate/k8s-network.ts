import { CLUSTER } from '../model/infrastructure';
import { EXTERNAL_EGRESS } from '../model/external-egress';
import type { ServiceModel } from '../model/platform-model';
import { labels, type Manifest } from './k8s-service';

const namespace = (name: string) => ({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } } });

// Private ranges stay closed to "the internet" rules: the cluster is reached only through the rules above them.
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16'];

/**
 * Default deny for the service's pods, then only: Prometheus scraping /metrics; the ingress
 * controller for HTTP edges; egress to DNS, the Kafka brokers, its own database cluster, the
 * object store for the services that keep documents and, for services that call out, the
 * internet on their ports.
 */
export function networkPolicy(service: ServiceModel): Manifest {
  const http = [{ protocol: 'TCP', port: service.httpPort }];
  const ingress: unknown[] = [
    { from: [{ ...namespace(CLUSTER.monitoringNamespace), podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: http },
  ];
  if (service.httpEdge) ingress.push({ from: [namespace(CLUSTER.ingressNamespace)], ports: http });
  const egress: unknown[] = [
    {
      to: [{ ...namespace('kube-system'), podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
      ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
    },
    {
      to: [{ ...namespace(CLUSTER.kafkaNamespace), podSelector: { matchLabels: { 'strimzi.io/cluster': CLUSTER.kafkaCluster, 'strimzi.io/kind': 'Kafka' } } }],
      ports: [{ protocol: 'TCP', port: CLUSTER.kafkaPort }],
    },
    {
      to: [{ podSelector: { matchLabels: { [CLUSTER.databasePodLabel]: CLUSTER.databaseCluster(service.name) } } }],
      ports: [{ protocol: 'TCP', port: CLUSTER.databasePort }],
    },
  ];
  if (service.objectStore) {
    const store = CLUSTER.objectStore;
    egress.push({
      to: ['namespace' in store.network ? namespace(store.network.namespace) : { ipBlock: { cidr: store.network.cidr } }],
      ports: [{ protocol: 'TCP', port: store.port }],
    });
  }
  const external = EXTERNAL_EGRESS[service.name];
  if (external) {
    egress.push({
      to: [{ ipBlock: { cidr: '0.0.0.0/0', except: PRIVATE_RANGES } }],
      ports: external.ports.map((port) => ({ protocol: 'TCP', port })),
    });
  }
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: service.name, labels: labels(service.name, 'service') },
    spec: {
      podSelector: { matchLabels: { 'app.kubernetes.io/name': service.name } },
      policyTypes: ['Ingress', 'Egress'],
      ingress,
      egress,
    },
  };
}
