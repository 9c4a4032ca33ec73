import type { PlatformModel } from '../model/platform-model';
import { REMITTANCE_DEADLINE_METRIC } from './alert-rules';

interface Panel {
  title: string;
  expr: string;
  legend: string;
  unit?: string;
  description?: string;
}

const WIDTH = 12;
const HEIGHT = 8;

function timeseries(panel: Panel, id: number): Record<string, unknown> {
  const x = ((id - 1) % 2) * WIDTH;
  const y = Math.floor((id - 1) / 2) * HEIGHT;
  return {
    id,
    type: 'timeseries',
    title: panel.title,
    description: panel.description ?? '',
    datasource: { type: 'prometheus', uid: '${datasource}' },
    gridPos: { x, y, w: WIDTH, h: HEIGHT },
    fieldConfig: { defaults: { unit: panel.unit ?? 'short' }, overrides: [] },
    options: { legend: { displayMode: 'table', placement: 'right', showLegend: true }, tooltip: { mode: 'multi' } },
    targets: [{ refId: 'A', expr: panel.expr, legendFormat: panel.legend, datasource: { type: 'prometheus', uid: '${datasource}' } }],
  };
}

/**
 * One dashboard for the platform, filtered by service: HTTP, messaging (outbox, lag, dead letters,
 * handlers), the process, the remittance deadline, and one lag panel per registry consumer group
 * titled with the partition bound of its replicas.
 */
export function grafanaDashboard(model: PlatformModel): Record<string, unknown> {
  const svc = 'service=~"$service"';
  const panels: Panel[] = [
    { title: 'HTTP requests per second', expr: `sum by (service, status) (rate(http_server_request_duration_seconds_count{${svc}}[$__rate_interval]))`, legend: '{{service}} {{status}}', unit: 'reqps' },
    {
      title: 'HTTP server errors (5xx ratio)',
      expr: `sum by (service) (rate(http_server_request_duration_seconds_count{${svc},status=~"5.."}[$__rate_interval])) / sum by (service) (rate(http_server_request_duration_seconds_count{${svc}}[$__rate_interval]))`,
      legend: '{{service}}',
      unit: 'percentunit',
    },
    { title: 'HTTP p95 latency', expr: `histogram_quantile(0.95, sum by (service, le) (rate(http_server_request_duration_seconds_bucket{${svc}}[$__rate_interval])))`, legend: '{{service}}', unit: 's' },
    { title: 'Outbox backlog', expr: `max by (service) (messaging_outbox_backlog{${svc}})`, legend: '{{service}}' },
    { title: 'Events published per second', expr: `sum by (service) (rate(messaging_outbox_published_total{${svc}}[$__rate_interval]))`, legend: '{{service}}', unit: 'ops' },
    { title: 'Commit-to-publish p99', expr: `histogram_quantile(0.99, sum by (service, le) (rate(messaging_outbox_commit_to_publish_seconds_bucket{${svc}}[$__rate_interval])))`, legend: '{{service}}', unit: 's' },
    { title: 'Consumer lag by group and topic', expr: `sum by (group, topic) (max by (group, topic, partition) (messaging_consumer_lag{${svc}}))`, legend: '{{group}} {{topic}}' },
    { title: 'Messages parked on dead-letter topics', expr: `sum by (group, topic, code) (increase(messaging_dead_letters_total{${svc}}[$__rate_interval]))`, legend: '{{group}} {{code}}' },
    { title: 'Handler p95 by outcome', expr: `histogram_quantile(0.95, sum by (group, outcome, le) (rate(messaging_handler_duration_seconds_bucket{${svc}}[$__rate_interval])))`, legend: '{{group}} {{outcome}}', unit: 's' },
    { title: 'Handler retries', expr: `sum by (group, classification) (rate(messaging_handler_retries_total{${svc}}[$__rate_interval]))`, legend: '{{group}} {{classification}}', unit: 'ops' },
    { title: 'Resident memory', expr: `sum by (service, pod) (process_resident_memory_bytes{${svc}})`, legend: '{{service}} {{pod}}', unit: 'bytes' },
    { title: 'CPU', expr: `sum by (service, pod) (rate(process_cpu_seconds_total{${svc}}[$__rate_interval]))`, legend: '{{service}} {{pod}}', unit: 'percentunit' },
    { title: 'Event-loop lag p99', expr: `max by (service, pod) (nodejs_eventloop_lag_p99_seconds{${svc}})`, legend: '{{service}} {{pod}}', unit: 's' },
    {
      title: 'Time left before the earliest remittance is due (14-day limit)',
      expr: `min(${REMITTANCE_DEADLINE_METRIC}) - time()`,
      legend: 'earliest due',
      unit: 's',
      description: `Needs payments to export ${REMITTANCE_DEADLINE_METRIC}.`,
    },
    ...model.services.flatMap((service) =>
      service.groups.map((group) => ({
        title: `Lag of ${group.name} (at most ${service.maxReplicas} replicas: partitions)`,
        expr: `sum by (topic) (max by (topic, partition) (messaging_consumer_lag{group="${group.name}"}))`,
        legend: '{{topic}}',
        description: `Reads ${group.topics.map((topic) => `${topic.name} (${topic.partitions} partitions)`).join(', ')}.`,
      })),
    ),
  ];
  return {
    uid: 'collections-platform',
    title: 'Collections platform',
    tags: ['collections'],
    timezone: 'utc',
    schemaVersion: 39,
    version: 1,
    refresh: '30s',
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', current: {}, hide: 0 },
        {
          name: 'service',
          type: 'custom',
          query: model.services.map((service) => service.name).join(','),
          multi: true,
          includeAll: true,
          allValue: model.services.map((service) => service.name).join('|'),
          current: { text: 'All', value: '$__all' },
        },
      ],
    },
    panels: panels.map((panel, index) => timeseries(panel, index + 1)),
  };
}
