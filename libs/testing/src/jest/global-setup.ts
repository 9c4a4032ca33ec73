import { startKafkaProcess, type KafkaProcess } from './kafka-process';

declare global {
  var __collectionsKafka: KafkaProcess[] | undefined;
}

/** Where the global setup leaves each jest worker's broker (see worker-broker.ts). */
export const WORKER_BROKERS_ENV = 'KAFKA_BROKERS_BY_WORKER';

/**
 * One real broker per jest worker for the whole integration run; workers inherit the addresses
 * through the environment and each takes its own (worker-broker.ts). Suites of a service use the
 * registry's topics and consumer groups, which two suites on one broker at once would share (one
 * service's consumers taking the other's partitions), so each worker has a broker of its own and
 * runs its suites one after another, as a single broker ran them all before. A KAFKA_BROKERS
 * already set (a broker you started by hand) is used as it is; then run with --runInBand.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  if (process.env.KAFKA_BROKERS) return;
  const workers = Math.max(1, globalConfig.maxWorkers);
  const started = Date.now();
  const brokers = await Promise.all(Array.from({ length: workers }, () => startKafkaProcess()));
  globalThis.__collectionsKafka = brokers;
  process.env.KAFKA_BROKERS = brokers[0]!.brokers;
  process.env[WORKER_BROKERS_ENV] = brokers.map((broker) => broker.brokers).join(' ');
  const where = brokers.map((broker) => broker.brokers).join(', ');
  console.log(`\nlocal Kafka at ${where} (${workers === 1 ? 'one broker' : 'one broker per jest worker'}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
