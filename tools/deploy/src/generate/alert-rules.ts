import type { PlatformModel } from '../model/platform-model';

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: 'warning' | 'critical' };
  annotations: { summary: string; description: string; runbook: string };
}

export interface RuleGroup {
  name: string;
  rules: AlertRule[];
}

/**
 * The gauge payments exports for the 14-day remittance alerts
 * (services/payments/src/adapters/metrics/remittance-deadline.metric.ts): the Unix time at which the
 * earliest unremitted receipt's remittance falls due (end of its `remit_by` day, UTC), absent when
 * nothing is waiting. generate.spec.ts checks that payments exports this very name.
 */
export const REMITTANCE_DEADLINE_METRIC = 'payments_remittance_earliest_due_timestamp_seconds';

const runbook = (service: string, section: string) => `deploy/runbooks/${service}.md#${section}`;

/**
 * Alerts on what the services export (libs/messaging, libs/observability): every series carries a
 * `service` label, added at scrape time (PodMonitor relabelling, or the compose Prometheus's
 * static labels), so one rule covers every service, including one added later.
 */
export function alertRuleGroups(model: PlatformModel): RuleGroup[] {
  const services = model.services.map((service) => service.name).join('|');
  const scope = `service=~"${services}"`;
  return [
    {
      name: 'collections.messaging',
      rules: [
        {
          alert: 'KafkaConsumerLagHigh',
          // Every replica reports the whole group's lag, read from the broker every 15 s (libs/messaging ConsumerLagMonitor): one series per partition.
          expr: `sum by (service, group, topic) (max by (service, group, topic, partition) (messaging_consumer_lag{${scope}})) > 5000`,
          for: '10m',
          labels: { severity: 'warning' },
          annotations: {
            summary: 'Consumer group {{ $labels.group }} is {{ $value }} messages behind on {{ $labels.topic }}',
            description: 'Lag has stayed above 5000 for 10 minutes. Check the autoscaler (replicas are bounded by partitions), handler errors and the database.',
            runbook: runbook('{{ $labels.service }}', 'scaling'),
          },
        },
        {
          alert: 'DeadLettersParked',
          expr: `sum by (service, group, topic, code) (increase(messaging_dead_letters_total{${scope}}[15m])) > 0`,
          for: '0m',
          labels: { severity: 'warning' },
          annotations: {
            summary: '{{ $labels.group }} parked messages from {{ $labels.topic }} ({{ $labels.code }})',
            description: 'Messages were parked on a dead-letter topic; later events of the same case are parked behind them until replayed.',
            runbook: runbook('{{ $labels.service }}', 'replaying-dead-letters'),
          },
        },
        {
          alert: 'OutboxBacklogHigh',
          expr: `max by (service) (messaging_outbox_backlog{${scope}}) > 1000`,
          for: '10m',
          labels: { severity: 'warning' },
          annotations: {
            summary: '{{ $labels.service }} has {{ $value }} events waiting in its outbox',
            description: 'Committed events are not reaching Kafka fast enough: check the relay logs and the brokers.',
            runbook: runbook('{{ $labels.service }}', 'outbox-backlog'),
          },
        },
        {
          alert: 'OutboxRelayStalled',
          expr: `(max by (service) (messaging_outbox_backlog{${scope}}) > 0) and on (service) (sum by (service) (rate(messaging_outbox_published_total{${scope}}[10m])) == 0)`,
          for: '10m',
          labels: { severity: 'critical' },
          annotations: {
            summary: '{{ $labels.service }} publishes nothing while its outbox holds events',
            description: 'The relay has published nothing for 10 minutes with a backlog: other services see none of its events.',
            runbook: runbook('{{ $labels.service }}', 'outbox-backlog'),
          },
        },
      ],
    },
    {
      name: 'collections.http',
      rules: [
        {
          alert: 'HttpErrorRateHigh',
          expr:
            `(sum by (service) (rate(http_server_request_duration_seconds_count{${scope},status=~"5.."}[5m]))` +
            ` / sum by (service) (rate(http_server_request_duration_seconds_count{${scope}}[5m]))) > 0.05` +
            ` and on (service) sum by (service) (rate(http_server_request_duration_seconds_count{${scope}}[5m])) > 0.1`,
          for: '10m',
          labels: { severity: 'critical' },
          annotations: {
            summary: '{{ $labels.service }} answers {{ $value | humanizePercentage }} of requests with a server error',
            description: 'More than 5% of HTTP requests failed with 5xx for 10 minutes.',
            runbook: runbook('{{ $labels.service }}', 'http-errors'),
          },
        },
        {
          alert: 'ServiceDown',
          expr: `up{${scope}} == 0`,
          for: '5m',
          labels: { severity: 'critical' },
          annotations: {
            summary: '{{ $labels.service }} instance {{ $labels.instance }} cannot be scraped',
            description: 'Prometheus has not reached /metrics for 5 minutes.',
            runbook: runbook('{{ $labels.service }}', 'http-errors'),
          },
        },
      ],
    },
    {
      name: 'collections.remittances',
      rules: [
        {
          alert: 'RemittanceDeadlineNear',
          expr: `min(${REMITTANCE_DEADLINE_METRIC}{service="payments"}) - time() < 86400`,
          for: '30m',
          labels: { severity: 'warning' },
          annotations: {
            summary: 'Money received must be remitted to a creditor within a day (14-day limit)',
            description: 'The earliest unremitted receipt falls due in {{ $value | humanizeDuration }}; the remittance run should have taken it.',
            runbook: runbook('payments', 'remittances-nearing-the-14-day-limit'),
          },
        },
        {
          alert: 'RemittanceDeadlineMissed',
          expr: `min(${REMITTANCE_DEADLINE_METRIC}{service="payments"}) - time() < 0`,
          for: '5m',
          labels: { severity: 'critical' },
          annotations: {
            summary: 'Money received more than 14 days ago has not been remitted to its creditor',
            description: 'A remittance is overdue by {{ $value | humanizeDuration }}.',
            runbook: runbook('payments', 'remittances-nearing-the-14-day-limit'),
          },
        },
      ],
    },
  ];
}
