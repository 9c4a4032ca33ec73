/** Stops the brokers the global setup started, so a test run leaves nothing running. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__collectionsKafka ?? []).map((broker) => broker.stop()));
  globalThis.__collectionsKafka = undefined;
}
