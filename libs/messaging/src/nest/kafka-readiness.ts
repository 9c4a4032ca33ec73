import type { Admin } from 'kafkajs';
import type { KafkaTransport } from '../transport/kafka-transport';

/** Readiness probe: a broker of the cluster answers a metadata request within a few seconds. */
export class KafkaReadiness {
  readonly name = 'kafka';
  private admin?: Admin;

  constructor(private readonly transport: KafkaTransport) {}

  async check(): Promise<void> {
    this.admin ??= this.transport.createAdmin();
    const admin = this.admin;
    await withTimeout(
      (async () => {
        await admin.connect();
        await admin.describeCluster();
      })(),
      5_000,
    );
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
