import { startKafkaProcess, type KafkaProcess } from './kafka-process';

declare global {
  var __collectionsKafka: KafkaProcess | undefined;
}

/**
 * One real broker for the whole integration run; workers inherit its address through
 * KAFKA_BROKERS. A KAFKA_BROKERS already set (a broker you started by hand) is used as it is.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.KAFKA_BROKERS) return;
  const started = Date.now();
  const kafka = await startKafkaProcess();
  globalThis.__collectionsKafka = kafka;
  process.env.KAFKA_BROKERS = kafka.brokers;
  console.log(`\nlocal Kafka at ${kafka.brokers} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
