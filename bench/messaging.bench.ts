/**
 * Messaging benchmark (not a test): how fast the outbox relay and the inbox consumer move events,
 * beside raw kafkajs produce and consume of the same messages on the same broker in the same run.
 *
 *   npm run bench                       # 100,000 events; BENCH_EVENTS=200000 npm run bench for more
 *
 * 100,000 by default because raw kafkajs consume is fast enough that a smaller run measures little
 * but its first fetch: at 20,000 events it took ~40 ms, mostly inside one prefetched fetch (500,000
 * events/s in the last run recorded). It still varies from run to run, so it is timed three times (each
 * a new group reading the topic from the start) and the median is the figure the ratios use.
 *
 * Prints a table and writes bench/results/messaging-<timestamp>.json. Every phase checks that
 * nothing was lost or doubled; the run fails if anything was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startKafka, type KafkaCluster } from '@collections/local-kafka';
import { CaseWithdrawnSchema } from '@collections/contracts';
import {
  CreateMessagingTables1700000000000, EventConsumer, KafkaTransport, OutboxRelay, OutboxWriter, catalogLookup,
  type EventBatchItem, type OutgoingKafkaMessage,
} from '@collections/messaging';
import { createThrowawayDatabase, openMigrated, createTestTopics, uniqueName, testKafka, waitFor } from '@collections/testing';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RAW_CONSUME_RUNS = 3;
const PARTITIONS = 6;
const KEYS = 500;
const LATENCY_RATE_PER_S = 100;
const LATENCY_SECONDS = 10;
/**
 * Messages per consumer transaction in the batch-handler phase (the per-event phase keeps the
 * default, 200): a consumer built for volume sets `chunkSize` so; 1,000 applied ~20% faster than 500
 * here (fewer commits), larger no faster. BENCH_BATCH_CHUNK to compare.
 */
const BATCH_CHUNK_SIZE = Number(process.env.BENCH_BATCH_CHUNK ?? 1_000);

class CreateBenchEffects1700000000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE bench_effects (event_id text PRIMARY KEY, case_id text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE bench_effects');
  }
}

const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function assertExactlyOnce(phase: string, ids: string[], expected: number): void {
  const distinct = new Set(ids).size;
  if (ids.length !== expected || distinct !== expected) {
    throw new Error(`${phase}: expected ${expected} events exactly once, got ${ids.length} (${distinct} distinct)`);
  }
}

/** One raw kafkajs consume of the whole topic into a no-op by a new group; returns its duration. */
async function rawConsume(brokers: string[], topic: string): Promise<number> {
  const ids: string[] = [];
  const consumer = testKafka(brokers).consumer({ groupId: uniqueName('bench-raw') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let started = 0;
  await consumer.run({
    eachBatch: async ({ batch }) => {
      started ||= Date.now();
      for (const message of batch.messages) ids.push(String(message.headers?.ce_id));
    },
  });
  await waitFor('raw consume', () => ids.length >= EVENTS, { timeoutMs: 300_000, intervalMs: 5 });
  const ms = Date.now() - started;
  await consumer.disconnect();
  assertExactlyOnce('raw consume', ids, EVENTS);
  return ms;
}

async function main(): Promise<void> {
  let cluster: KafkaCluster | undefined;
  if (!process.env.KAFKA_BROKERS) {
    cluster = await startKafka({ brokers: 1 });
    process.env.KAFKA_BROKERS = cluster.bootstrap;
  }
  const brokers = process.env.KAFKA_BROKERS.split(',');
  const database = await createThrowawayDatabase('bench');
  const dataSource = await openMigrated(database.url, { migrations: [CreateMessagingTables1700000000000, CreateBenchEffects1700000000001], poolSize: 10 });
  const transport = new KafkaTransport({ brokers, clientId: 'bench' });
  const producer = transport.createProducer();
  await producer.connect();
  const rawTopic = uniqueName('bench.raw');
  const relayTopic = uniqueName('bench.relay');
  await createTestTopics([rawTopic, relayTopic], PARTITIONS, brokers);
  const outbox = new OutboxWriter({ source: '/collections/bench', now: () => new Date(), lookup: catalogLookup });
  const event = (i: number) => ({ schema: CaseWithdrawnSchema, data: { caseId: `case-${i % KEYS}`, creditorId: 'creditor-1', reason: String(i) }, key: `case-${i % KEYS}` });

  try {
    // 1. Fill the outbox (untimed), then copy the very same rows as raw kafkajs messages.
    for (let start = 0; start < EVENTS; start += 500) {
      const batch = Array.from({ length: Math.min(500, EVENTS - start) }, (_, j) => ({ ...event(start + j), topic: relayTopic }));
      await dataSource.transaction((manager) => outbox.append(manager, batch));
    }
    const rows: Array<{ message_key: string; headers: Record<string, string>; payload: Buffer }> = await dataSource.query(
      'SELECT message_key, headers, payload FROM outbox_messages ORDER BY seq',
    );
    const rawMessages: OutgoingKafkaMessage[] = rows.map((row) => ({ topic: rawTopic, key: row.message_key, value: row.payload, headers: row.headers }));

    // 2. Raw kafkajs produce, same producer settings (idempotent, acks=all), batches of 500.
    let started = Date.now();
    for (let i = 0; i < rawMessages.length; i += 500) await producer.send(rawMessages.slice(i, i + 500));
    const rawProduceMs = Date.now() - started;

    // 3. Relay: from committed outbox rows to acknowledged Kafka messages.
    const relay = new OutboxRelay(dataSource, producer, database.url, { batchSize: 500 });
    started = Date.now();
    const published = await relay.drain();
    const relayMs = Date.now() - started;
    if (published !== EVENTS) throw new Error(`relay published ${published} of ${EVENTS}`);

    // 4. Raw kafkajs consume of the raw topic, timed like the apply phases: from the first batch to the last event.
    const rawConsumeRunsMs: number[] = [];
    for (let run = 0; run < RAW_CONSUME_RUNS; run++) rawConsumeRunsMs.push(await rawConsume(brokers, rawTopic));
    const rawConsumeMs = [...rawConsumeRunsMs].sort((a, b) => a - b)[Math.floor(RAW_CONSUME_RUNS / 2)]!;

    // 5. Consume-and-apply through the inbox with a real effect row.
    const appliedIds: string[] = [];
    let applyStart = 0;
    const consumer = new EventConsumer(transport, dataSource, producer, {
      group: uniqueName('bench.apply'),
      topics: [relayTopic],
      lookup: catalogLookup,
      outbox,
      handlers: new Map([[CaseWithdrawnSchema.typeName, async (data, context) => {
        applyStart ||= Date.now();
        await context.manager.query('INSERT INTO bench_effects (event_id, case_id) VALUES ($1, $2)', [context.event.id, (data as { caseId: string }).caseId]);
      }]]),
      onOutcome: (outcome, message) => outcome === 'applied' && appliedIds.push(message.attributes!.id),
    });
    await consumer.start();
    await waitFor('consume and apply', () => appliedIds.length >= EVENTS, { timeoutMs: 600_000, intervalMs: 5 });
    const applyMs = Date.now() - applyStart;
    await consumer.stop();
    assertExactlyOnce('consume and apply', appliedIds, EVENTS);
    const [{ effects }] = await dataSource.query('SELECT count(*)::int AS effects FROM bench_effects');
    if (effects !== EVENTS) throw new Error(`expected ${EVENTS} effect rows, found ${effects}`);

    // 5b. The same through a batch handler (@HandlesEventBatch): one effect statement per chunk.
    await dataSource.query('TRUNCATE bench_effects');
    const batchAppliedIds: string[] = [];
    let batchStart = 0;
    const applyBatch = async (items: EventBatchItem[]) => {
      batchStart ||= Date.now();
      await items[0]!.context.manager.query('INSERT INTO bench_effects (event_id, case_id) SELECT * FROM unnest($1::text[], $2::text[])', [
        items.map((item) => item.context.event.id), items.map((item) => (item.data as { caseId: string }).caseId),
      ]);
    };
    const batchConsumer = new EventConsumer(transport, dataSource, producer, {
      group: uniqueName('bench.apply-batch'),
      topics: [relayTopic],
      lookup: catalogLookup,
      outbox,
      chunkSize: BATCH_CHUNK_SIZE,
      handlers: new Map([[CaseWithdrawnSchema.typeName, Object.assign((data: unknown, context: EventBatchItem['context']) => applyBatch([{ data, context }]), { batch: applyBatch })]]),
      onOutcome: (outcome, message) => outcome === 'applied' && batchAppliedIds.push(message.attributes!.id),
    });
    await batchConsumer.start();
    await waitFor('consume and apply in batches', () => batchAppliedIds.length >= EVENTS, { timeoutMs: 600_000, intervalMs: 5 });
    const batchApplyMs = Date.now() - batchStart;
    await batchConsumer.stop();
    assertExactlyOnce('consume and apply in batches', batchAppliedIds, EVENTS);
    const [{ batchEffects }] = await dataSource.query('SELECT count(*)::int AS "batchEffects" FROM bench_effects');
    if (batchEffects !== EVENTS) throw new Error(`expected ${EVENTS} effect rows from the batch handler, found ${batchEffects}`);

    // 6. Commit-to-publish latency at a steady low rate, with the relay woken by NOTIFY.
    await relay.start();
    const latencyTopicEvents = LATENCY_RATE_PER_S * LATENCY_SECONDS;
    const firstSeq = (await dataSource.query('SELECT coalesce(max(seq), 0) AS seq FROM outbox_messages'))[0].seq;
    const interval = 1000 / LATENCY_RATE_PER_S;
    const latencyStart = Date.now();
    for (let i = 0; i < latencyTopicEvents; i++) {
      const due = latencyStart + i * interval;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      await dataSource.transaction((manager) => outbox.append(manager, [{ ...event(i), topic: relayTopic }]));
    }
    await waitFor('latency events published', async () => {
      const [{ left }] = await dataSource.query('SELECT count(*)::int AS left FROM outbox_messages WHERE published_at IS NULL');
      return left === 0;
    });
    await relay.stop();
    const latencies: number[] = (
      await dataSource.query(
        `SELECT extract(epoch FROM published_at - created_at) * 1000 AS ms FROM outbox_messages WHERE seq > $1 ORDER BY 1`,
        [firstSeq],
      )
    ).map((row: { ms: string }) => Number(row.ms));
    if (latencies.length !== latencyTopicEvents) throw new Error(`latency phase published ${latencies.length} of ${latencyTopicEvents}`);

    const result = {
      at: new Date().toISOString(),
      events: EVENTS,
      partitions: PARTITIONS,
      kafka: cluster?.version ?? 'external',
      produce: { rawEventsPerS: rate(EVENTS, rawProduceMs), relayEventsPerS: rate(EVENTS, relayMs) },
      consume: { rawEventsPerS: rate(EVENTS, rawConsumeMs), rawRunsEventsPerS: rawConsumeRunsMs.map((ms) => rate(EVENTS, ms)), applyEventsPerS: rate(EVENTS, applyMs), batchApplyEventsPerS: rate(EVENTS, batchApplyMs), batchChunkSize: BATCH_CHUNK_SIZE },
      ratios: { relayToRaw: +(rawProduceMs / relayMs).toFixed(3), applyToRaw: +(rawConsumeMs / applyMs).toFixed(3), batchApplyToRaw: +(rawConsumeMs / batchApplyMs).toFixed(3) },
      commitToPublishMs: {
        ratePerS: LATENCY_RATE_PER_S,
        samples: latencies.length,
        p50: +percentile(latencies, 50).toFixed(1),
        p99: +percentile(latencies, 99).toFixed(1),
        max: +latencies[latencies.length - 1].toFixed(1),
      },
      checks: { lostOrDoubled: 0 },
      targets: { ratioAtLeast: 0.25, p99BelowMs: 50 },
    };
    console.table({
      'relay (outbox → Kafka)': { 'events/s': result.produce.relayEventsPerS, 'raw kafkajs events/s': result.produce.rawEventsPerS, ratio: result.ratios.relayToRaw },
      'consume + apply (inbox), per event': { 'events/s': result.consume.applyEventsPerS, 'raw kafkajs events/s': result.consume.rawEventsPerS, ratio: result.ratios.applyToRaw },
      'consume + apply (inbox), batch handler': { 'events/s': result.consume.batchApplyEventsPerS, 'raw kafkajs events/s': result.consume.rawEventsPerS, ratio: result.ratios.batchApplyToRaw },
    });
    console.log(`raw kafkajs consume, ${RAW_CONSUME_RUNS} runs: ${result.consume.rawRunsEventsPerS.join(', ')} events/s (the median is the one above)`);
    console.log(`commit-to-publish at ${LATENCY_RATE_PER_S}/s: p50 ${result.commitToPublishMs.p50} ms, p99 ${result.commitToPublishMs.p99} ms, max ${result.commitToPublishMs.max} ms`);
    console.log(`nothing lost or doubled in ${EVENTS} events per phase`);
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `messaging-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${file}`);
  } finally {
    await producer.disconnect();
    await dataSource.destroy();
    await database.drop();
    await cluster?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`benchmark failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
