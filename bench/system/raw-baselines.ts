/**
 * What the broker and PostgreSQL do raw, on the same machine and in the same run as the system
 * benchmark, with messages and rows comparable to what the platform moved:
 *
 * - broker: the four events that carry a case to its first letter (CaseOpened, DebtorScreened,
 *   NextStepScheduled, LetterRequested) for every case, with the real payloads and CloudEvents
 *   headers sampled from the run (a fresh ce_id each), produced by kafkajs with the services'
 *   producer settings (idempotent, acks=all, one request in flight, batches of 500) to a topic of
 *   the case streams' local partition count, then consumed by one kafkajs consumer;
 * - PostgreSQL: COPY of the very same import file (the cases' CSV rows) into a plain table, and COPY of
 *   the same four events per case as outbox-like rows (id, key, type, headers, payload).
 *
 * Each checks that every message or row arrived exactly once.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createTestTopics, createThrowawayDatabase, testKafka, waitFor } from '@collections/testing';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CSV_HEADER, caseCsvStream } from '../intake/case-rows';
import type { SampledMessage } from './case-progress';

export const CHAIN_TYPES = ['CaseOpened', 'DebtorScreened', 'NextStepScheduled', 'LetterRequested'].map((name) => `collections.v1.${name}`);
const BATCH = 500;
const PARTITIONS = 3;

export interface RawKafkaFigures {
  messages: number;
  bytes: number;
  produceS: number;
  consumeS: number;
  produceMsgPerS: number;
  consumeMsgPerS: number;
  /** Cases per second if the broker did nothing but carry each case's four chain events in and out once. */
  casesPerS: number;
}

export interface RawCopyFigures {
  importRows: number;
  importRowsS: number;
  importRowsPerS: number;
  eventRows: number;
  eventRowsS: number;
  eventRowsPerS: number;
  /** Cases per second if PostgreSQL did nothing but take each case's import rows and its four events once. */
  casesPerS: number;
}

function samplesOf(samples: Map<string, SampledMessage[]>): SampledMessage[][] {
  return CHAIN_TYPES.map((type) => {
    const kept = samples.get(type);
    if (!kept || kept.length === 0) throw new Error(`no ${type} was sampled from the run: the raw baselines need real messages`);
    return kept;
  });
}

/** The i-th case's four chain events: real bytes, a key and an event id of their own. */
function* chainEvents(cases: number, samples: SampledMessage[][], runId: string): Generator<SampledMessage & { id: string }> {
  for (let i = 0; i < cases; i++) {
    const key = `${runId}-${i}`;
    for (let t = 0; t < samples.length; t++) {
      const sample = samples[t]![i % samples[t]!.length]!;
      const id = `${runId}-${i}-${t}`;
      yield { ...sample, key, id, headers: { ...sample.headers, ce_id: id, ce_subject: key } };
    }
  }
}

export async function rawKafka(brokers: string[], cases: number, sampled: Map<string, SampledMessage[]>): Promise<RawKafkaFigures> {
  const samples = samplesOf(sampled);
  const runId = randomBytes(4).toString('hex');
  const topic = `bench.system-raw-${runId}`;
  await createTestTopics([topic], PARTITIONS, brokers);
  const kafka = testKafka(brokers);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  let messages = 0;
  let bytes = 0;
  const produceStarted = Date.now();
  try {
    let batch: Array<{ key: string; value: Buffer; headers: Record<string, string> }> = [];
    for (const event of chainEvents(cases, samples, runId)) {
      batch.push({ key: event.key, value: event.value, headers: event.headers });
      messages += 1;
      bytes += event.value.length;
      if (batch.length === BATCH) {
        await producer.send({ topic, acks: -1, messages: batch });
        batch = [];
      }
    }
    if (batch.length > 0) await producer.send({ topic, acks: -1, messages: batch });
  } finally {
    await producer.disconnect();
  }
  const produceMs = Date.now() - produceStarted;

  const ids = new Set<string>();
  let received = 0;
  const consumer = kafka.consumer({ groupId: `${topic}-reader`, maxBytes: 50 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  // Timed from the first batch: joining the group (a rebalance, seconds) is not consuming.
  let consumeStarted = 0;
  await consumer.run({
    eachBatch: async ({ batch }) => {
      consumeStarted ||= Date.now();
      for (const message of batch.messages) {
        received += 1;
        ids.add(String(message.headers?.ce_id));
      }
    },
  });
  try {
    await waitFor('raw consume', () => received >= messages, { timeoutMs: 600_000, intervalMs: 20 });
  } finally {
    await consumer.disconnect();
  }
  const consumeMs = Date.now() - consumeStarted;
  if (received !== messages || ids.size !== messages) throw new Error(`raw kafkajs: produced ${messages}, consumed ${received} (${ids.size} distinct ids)`);
  const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);
  return {
    messages,
    bytes,
    produceS: produceMs / 1000,
    consumeS: consumeMs / 1000,
    produceMsgPerS: rate(messages, produceMs),
    consumeMsgPerS: rate(messages, consumeMs),
    casesPerS: rate(cases, produceMs + consumeMs),
  };
}

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

export async function rawCopy(cases: number, rows: number, seed: number, sampled: Map<string, SampledMessage[]>): Promise<RawCopyFigures> {
  const samples = samplesOf(sampled);
  const database = await createThrowawayDatabase('bench_system_copy');
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_import_rows (${CSV_HEADER.map((column) => `${column} text`).join(', ')})`);
    await client.query('CREATE TABLE bench_event_rows (id text PRIMARY KEY, message_key text NOT NULL, event_type text NOT NULL, headers jsonb NOT NULL, payload bytea NOT NULL)');

    let started = Date.now();
    await pipeline(caseCsvStream(rows, seed), client.query(copyFrom('COPY bench_import_rows FROM STDIN WITH (FORMAT csv, HEADER true)')));
    const importMs = Date.now() - started;

    const runId = randomBytes(4).toString('hex');
    function* eventLines(): Generator<string> {
      let chunk = '';
      for (const event of chainEvents(cases, samples, runId)) {
        chunk += `${csvCell(event.id)},${csvCell(event.key)},${csvCell(event.type)},${csvCell(JSON.stringify(event.headers))},\\x${event.value.toString('hex')}\n`;
        if (chunk.length >= 64 * 1024) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
    started = Date.now();
    await pipeline(Readable.from(eventLines()), client.query(copyFrom('COPY bench_event_rows FROM STDIN WITH (FORMAT csv)')));
    const eventsMs = Date.now() - started;

    const [{ importRows, eventRows, distinctEvents }] = (await client.query(
      `SELECT (SELECT count(*)::int FROM bench_import_rows) AS "importRows", (SELECT count(*)::int FROM bench_event_rows) AS "eventRows",
              (SELECT count(DISTINCT id)::int FROM bench_event_rows) AS "distinctEvents"`,
    )).rows;
    const expectedEvents = cases * CHAIN_TYPES.length;
    if (importRows !== rows || eventRows !== expectedEvents || distinctEvents !== expectedEvents) {
      throw new Error(`raw COPY: expected ${rows} import rows and ${expectedEvents} event rows, the tables hold ${importRows} and ${eventRows} (${distinctEvents} distinct)`);
    }
    const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);
    return {
      importRows,
      importRowsS: importMs / 1000,
      importRowsPerS: rate(importRows, importMs),
      eventRows,
      eventRowsS: eventsMs / 1000,
      eventRowsPerS: rate(eventRows, eventsMs),
      casesPerS: rate(cases, importMs + eventsMs),
    };
  } finally {
    await client.end();
    await database.drop();
  }
}
