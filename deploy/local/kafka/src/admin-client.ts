import { Kafka, logLevel, type Admin } from 'kafkajs';

/**
 * Runs `work` with a short-lived, silent kafkajs admin client. The launcher polls brokers that are
 * still starting, so kafkajs's own retry logging would only be noise; errors reach the caller.
 */
export async function withAdmin<T>(brokers: string[], retries: number, work: (admin: Admin) => Promise<T>): Promise<T> {
  const kafka = new Kafka({
    clientId: 'local-kafka-launcher',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 10_000,
    retry: { retries, initialRetryTime: 200, maxRetryTime: 2000 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    return await work(admin);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
