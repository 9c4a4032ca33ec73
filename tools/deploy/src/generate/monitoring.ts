import type { PlatformModel } from '../model/platform-model';
import { alertRuleGroups } from './alert-rules';
import { grafanaDashboard } from './dashboard';
import { PART_OF, type Manifest } from './k8s-service';

/** Prometheus of the compose `monitoring` profile: every service by name, with the `service` label the alerts use. */
export function composePrometheusConfig(model: PlatformModel): Record<string, unknown> {
  return {
    global: { scrape_interval: '15s', evaluation_interval: '15s' },
    rule_files: ['/etc/prometheus/alerts.yml'],
    scrape_configs: [
      {
        job_name: 'collections',
        metrics_path: '/metrics',
        static_configs: model.services.map((service) => ({ targets: [`${service.name}:${service.httpPort}`], labels: { service: service.name } })),
      },
    ],
  };
}

export function composeAlerts(model: PlatformModel): Record<string, unknown> {
  return { groups: alertRuleGroups(model) };
}

export const GRAFANA_DATASOURCES = {
  apiVersion: 1,
  datasources: [{ name: 'Prometheus', type: 'prometheus', uid: 'prometheus', access: 'proxy', url: 'http://prometheus:9090', isDefault: true }],
};

export const GRAFANA_DASHBOARD_PROVIDERS = {
  apiVersion: 1,
  providers: [{ name: 'collections', folder: 'Collections', type: 'file', disableDeletion: true, options: { path: '/var/lib/grafana/dashboards' } }],
};

const monitoringLabels = { 'app.kubernetes.io/part-of': PART_OF, 'app.kubernetes.io/component': 'monitoring' };

/** Prometheus Operator: scrape every platform pod's /metrics, label series with the service name, alert. */
export function monitoringManifests(model: PlatformModel): Manifest[] {
  return [
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PodMonitor',
      metadata: { name: 'collections-services', labels: monitoringLabels },
      spec: {
        selector: { matchLabels: { 'app.kubernetes.io/part-of': PART_OF, 'app.kubernetes.io/component': 'service' } },
        podMetricsEndpoints: [
          {
            port: 'http',
            path: '/metrics',
            interval: '15s',
            relabelings: [
              { sourceLabels: ['__meta_kubernetes_pod_label_app_kubernetes_io_name'], targetLabel: 'service' },
              { sourceLabels: ['__meta_kubernetes_pod_name'], targetLabel: 'pod' },
            ],
          },
        ],
      },
    },
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'collections-alerts', labels: monitoringLabels },
      spec: { groups: alertRuleGroups(model) },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      // Picked up by Grafana's dashboard sidecar (kube-prometheus-stack's default label).
      metadata: { name: 'collections-dashboard', labels: { ...monitoringLabels, grafana_dashboard: '1' } },
      data: { 'collections.json': `${JSON.stringify(grafanaDashboard(model), null, 2)}\n` },
    },
  ];
}
