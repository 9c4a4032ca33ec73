import {
  Counter,
  Gauge,
  Histogram,
  register as defaultRegistry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
  type Registry,
  type RegistryContentType,
} from 'prom-client';

type MetricClass<M> = abstract new (...args: never[]) => M;

/**
 * prom-client throws when a metric name is registered twice, which happens as soon as two Nest
 * apps are built in one process (tests) or a module is instantiated twice. These return the
 * registered metric instead. The first registration's help and labels win.
 */
export function getOrCreateCounter<T extends string>(config: CounterConfiguration<T>): Counter<T> {
  return existing(config.name, config.registers, Counter) ?? new Counter(config);
}

export function getOrCreateHistogram<T extends string>(config: HistogramConfiguration<T>): Histogram<T> {
  return existing(config.name, config.registers, Histogram) ?? new Histogram(config);
}

export function getOrCreateGauge<T extends string>(config: GaugeConfiguration<T>): Gauge<T> {
  return existing(config.name, config.registers, Gauge) ?? new Gauge(config);
}

function existing<M>(
  name: string,
  registers: Registry<RegistryContentType>[] | undefined,
  kind: MetricClass<M>,
): M | undefined {
  const registry = registers?.[0] ?? defaultRegistry;
  const metric: unknown = registry.getSingleMetric(name);
  if (metric === undefined) return undefined;
  if (!(metric instanceof kind)) {
    throw new Error(`Metric "${name}" is already registered as another type than ${kind.name}`);
  }
  return metric;
}
