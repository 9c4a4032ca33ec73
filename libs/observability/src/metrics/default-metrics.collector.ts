import { collectDefaultMetrics, register as defaultRegistry, type Registry } from 'prom-client';

// One of the metrics collectDefaultMetrics registers; its presence means they are all there.
const MARKER_METRIC = 'process_cpu_user_seconds_total';

/**
 * Registers Node's default metrics (CPU, memory, event-loop lag, GC) once per registry: every
 * Nest app built in the same process shares prom-client's default registry, and a second
 * `collectDefaultMetrics` call would throw "already registered".
 */
export function ensureDefaultMetrics(registry: Registry = defaultRegistry): void {
  if (registry.getSingleMetric(MARKER_METRIC) !== undefined) return;
  collectDefaultMetrics({ register: registry });
}
