import { startKafka } from '@collections/local-kafka';
(async () => {
  const n = Number(process.argv[2] ?? 1) as 1 | 3;
  const t0 = Date.now();
  const c = await startKafka({ brokers: n, log: console.log, topics: [{ name: 'a', partitions: 3 }] });
  console.log('started', Date.now() - t0, c.bootstrap, c.brokers.map((b) => b.pid()));
  const t1 = Date.now();
  await c.stop();
  console.log('stopped', Date.now() - t1);
})();
