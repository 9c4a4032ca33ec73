import { Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * The messaging metrics, on prom-client's default registry (which the observability library serves
 * at /metrics). Created once per process: several Nest apps in one test process share them.
 */
function create() {
  return {
    outboxPublished: new Counter({
      name: 'messaging_outbox_published_total',
      help: 'Outbox events published to Kafka and acknowledged by the broker',
    }),
    outboxBacklog: new Gauge({
      name: 'messaging_outbox_backlog',
      help: 'Outbox events committed but not yet published',
    }),
    commitToPublish: new Histogram({
      name: 'messaging_outbox_commit_to_publish_seconds',
      help: 'Time from the outbox row being written to the broker acknowledging it',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
    handlerDuration: new Histogram({
      name: 'messaging_handler_duration_seconds',
      help: 'Time to apply one event, including its database transaction',
      labelNames: ['group', 'type', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    }),
    retries: new Counter({
      name: 'messaging_handler_retries_total',
      help: 'Attempts to apply an event that failed and were retried',
      labelNames: ['group', 'classification'],
    }),
    deadLetters: new Counter({
      name: 'messaging_dead_letters_total',
      help: 'Messages parked on a dead-letter topic',
      labelNames: ['group', 'topic', 'code'],
    }),
    consumerLag: new Gauge({
      name: 'messaging_consumer_lag',
      help: 'Messages between the last processed offset and the partition end, per consumer group',
      labelNames: ['group', 'topic', 'partition'],
    }),
    ignored: new Counter({
      name: 'messaging_events_ignored_total',
      help: 'Events of a known type that this consumer group has no handler for',
      labelNames: ['group', 'type'],
    }),
  };
}

type MessagingMetrics = ReturnType<typeof create>;
let metrics: MessagingMetrics | undefined;

export function messagingMetrics(): MessagingMetrics {
  if (!metrics) {
    if (register.getSingleMetric('messaging_outbox_published_total')) {
      // Another copy of this module (jest isolates module registries) registered them first.
      register.removeSingleMetric('messaging_outbox_published_total');
      for (const name of ['messaging_outbox_backlog', 'messaging_outbox_commit_to_publish_seconds', 'messaging_handler_duration_seconds',
        'messaging_handler_retries_total', 'messaging_dead_letters_total', 'messaging_consumer_lag', 'messaging_events_ignored_total']) {
        register.removeSingleMetric(name);
      }
    }
    metrics = create();
  }
  return metrics;
}
