/** Stops the broker the global setup started, so a test run leaves nothing running. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__collectionsKafka?.stop();
  globalThis.__collectionsKafka = undefined;
}
