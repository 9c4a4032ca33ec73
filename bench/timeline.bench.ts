/**
 * Creditor timeline benchmark (not a test).
 *
 * 1. Projection: 100,000 events of several services (payments received and allocated, letters sent,
 *    calls) applied through intake's TimelineProjector in chunks of 500 per transaction, as its
 *    consumer group does (the Kafka read and inbox are the messaging benchmark's subject, not this
 *    one's), 1 % of them delivered twice: events/s, and a check that each became one entry.
 * 2. Reads with 1,000,000 entries stored (filled in by SQL): a case's timeline page and the
 *    portfolio list (`GET /v1/cases`) over HTTP with a creditor key, at a steady 200 requests/s from
 *    a worker thread after a warm-up: p50/p99 of each.
 *
 *   npm run bench:timeline                                  # 100,000 events, 1,000,000 entries, 200 requests/s
 *   BENCH_EVENTS=20000 BENCH_ENTRIES=200000 npm run bench:timeline
 *
 * In-process on a throwaway database; no broker. Writes bench/results/timeline.json. Targets are
 * reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { create, type DescMessage } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Audience, ContactChannel, NotificationSentSchema, PaymentAllocatedSchema, PaymentMethod, PaymentReceivedSchema } from '@collections/contracts';
import { catalogLookup, OutboxWriter, type EventContext } from '@collections/messaging';
import { createValidationPipe } from '@collections/observability';
import { createDataSource } from '@collections/persistence';
import { createThrowawayDatabase } from '@collections/testing';
import { DataSource } from 'typeorm';
import { CreditorAuthGuard } from '../services/intake/src/adapters/http/auth/creditor-auth.guard';
import { CasesController } from '../services/intake/src/adapters/http/cases/cases.controller';
import { TimelineController } from '../services/intake/src/adapters/http/timeline/timeline.controller';
import { TimelineProjector } from '../services/intake/src/adapters/messaging/timeline.projector';
import { CaseQueries } from '../services/intake/src/adapters/persistence/case.queries';
import { INTAKE_MIGRATIONS } from '../services/intake/src/adapters/persistence/migrations';
import { SqlCaseReader } from '../services/intake/src/adapters/persistence/sql-case.reader';
import { SqlCreditorDirectory } from '../services/intake/src/adapters/persistence/sql-creditor.directory';
import { SqlTimelineStore } from '../services/intake/src/adapters/persistence/sql-timeline.store';
import { SqlMessageQueries } from '../services/intake/src/adapters/persistence/sql-case-messages';
import { SubmitCaseHandler } from '../services/intake/src/application/commands/submit-case/submit-case.handler';
import { WithdrawCaseHandler } from '../services/intake/src/application/commands/withdraw-case/withdraw-case.handler';
import { CaseReader } from '../services/intake/src/application/ports/case-reader.port';
import { CreditorDirectory } from '../services/intake/src/application/ports/creditor-directory.port';
import { PortalSessions } from '../services/intake/src/application/ports/portal-users.port';
import { Clock, SystemClock } from '@collections/clock';
import { ObjectStore } from '@collections/object-store';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const CASES = Number(process.env.BENCH_CASES ?? 50_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CHUNK = 500;
const TARGETS = { eventsPerSAtLeast: 5_000, p99MsAtMost: 100 };
const percentile = (sorted: number[], p: number) => +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2);

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_timeline');
  const dataSource = await createDataSource({ url: database.url, poolSize: 12, migrations: INTAKE_MIGRATIONS }).initialize();
  await dataSource.runMigrations();
  let app: INestApplication | undefined;
  try {
    const directory = new SqlCreditorDirectory(dataSource);
    const creditorId = await directory.create({ name: 'Bench Energy NV' });
    const token = (await directory.issueKey(creditorId, 'bench')).token;
    const setupStart = performance.now();
    await dataSource.query(
      `INSERT INTO cases (id, creditor_id, creditor_reference, fingerprint, case_file, category, currency, debtor_country, debtor_language, state, route, opened_at)
       SELECT gen_random_uuid(), $1, 'REF-' || n, md5(n::text), '{"invoices":[{"number":"F-1","principalMinor":"100000","currency":"EUR"}],"interestMinor":"0","costsMinor":"0","partialPayments":[]}', 'consumer', 'EUR', 'BE', 'fr', 'open', 'api',
              now() - (n || ' minutes')::interval
         FROM generate_series(1, $2) n`,
      [creditorId, CASES],
    );
    const caseIds: string[] = (await dataSource.query(`SELECT id FROM cases ORDER BY id`)).map((row: { id: string }) => row.id);

    // 1. Projection through the projector, chunk by chunk.
    const projector = new TimelineProjector(new SqlTimelineStore(dataSource), new SqlMessageQueries(dataSource));
    const outbox = new OutboxWriter({ source: '/collections/intake', now: () => new Date(), lookup: catalogLookup });
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    const eventOf = (i: number): { id: string; schema: DescMessage; data: Record<string, unknown> } => {
      const caseId = caseIds[i % caseIds.length]!;
      const id = `bench-${i}`;
      switch (i % 4) {
        case 0: return { id, schema: PaymentReceivedSchema, data: { caseId, paymentId: id, amount: eur(1_000n), method: PaymentMethod.CARD, valueDate: '2026-11-23', payerReference: '' } };
        case 1: return { id, schema: PaymentAllocatedSchema, data: { caseId, paymentId: id, allocations: [], remaining: { principal: eur(99_000n) } } };
        case 2: return { id, schema: NotificationSentSchema, data: { caseId, notificationId: id, actionId: id, audience: Audience.DEBTOR, channel: ContactChannel.LETTER, templateKey: 'be.b2c.first-reminder', language: 'fr', sentAt: timestampFromDate(new Date()), providerMessageId: id } };
        default: return { id, schema: PaymentReceivedSchema, data: { caseId, paymentId: id, amount: eur(500n), method: PaymentMethod.BANK_TRANSFER, valueDate: '2026-11-23', payerReference: '' } };
      }
    };
    const deliveries: number[] = [];
    for (let i = 0; i < EVENTS; i += 1) {
      deliveries.push(i);
      if (i % 100 === 99) deliveries.push(i - 50); // a redelivery, out of order
    }
    const projectStart = performance.now();
    for (let start = 0; start < deliveries.length; start += CHUNK) {
      // As the consumer hands a chunk to the projector: one batch, in one transaction.
      await dataSource.transaction('READ COMMITTED', async (manager) => {
        await projector.project(deliveries.slice(start, start + CHUNK).map((i) => {
          const { id, schema, data } = eventOf(i);
          return { data: create(schema, data as never), context: { manager, outbox, key: null, event: { id, source: '/collections/bench', type: schema.typeName, specversion: '1.0', time: new Date().toISOString() } as EventContext['event'] } };
        }));
      });
    }
    const projectS = (performance.now() - projectStart) / 1000;
    const [projected] = await dataSource.query(`SELECT count(*)::int AS entries, count(DISTINCT event_id)::int AS events FROM timeline_entries`);

    // 2. Fill the timelines up to ENTRIES, then read them over HTTP at a steady rate.
    const fill = Math.max(0, ENTRIES - projected.entries);
    await dataSource.query(
      `INSERT INTO timeline_entries (case_id, event_id, event_type, kind, role, occurred_at, details)
       SELECT c.id, 'fill-' || n, 'collections.v1.NotificationSent', 'EMAIL_SENT', 'agency', now() - (n || ' seconds')::interval, '{"channel":"CONTACT_CHANNEL_EMAIL"}'
         FROM generate_series(1, $1) n JOIN LATERAL (SELECT id FROM cases OFFSET (n % $2) LIMIT 1) c ON true`,
      [fill, Math.min(CASES, 5_000)],
    );
    await dataSource.query('VACUUM ANALYZE');
    const setupS = +((performance.now() - setupStart) / 1000 - projectS).toFixed(1);

    @Module({
      controllers: [TimelineController, CasesController],
      providers: [
        { provide: DataSource, useValue: dataSource },
        SqlTimelineStore, CaseQueries, CreditorAuthGuard,
        { provide: CaseReader, useClass: SqlCaseReader },
        { provide: CreditorDirectory, useValue: directory },
        // Requests carry an API key, so the guard never resumes a portal session.
        { provide: PortalSessions, useValue: { resume: async () => undefined } },
        { provide: Clock, useClass: SystemClock },
        // Document downloads are not part of this load.
        { provide: ObjectStore, useValue: {} },
        // The list and the timeline are read here; submitting and withdrawing are not exercised.
        { provide: SubmitCaseHandler, useValue: {} },
        { provide: WithdrawCaseHandler, useValue: {} },
      ],
    })
    class BenchModule {}
    app = await NestFactory.create(BenchModule, { logger: false, abortOnError: false });
    app.useGlobalPipes(createValidationPipe());
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const busy: string[] = (await dataSource.query(`SELECT case_id FROM timeline_entries GROUP BY case_id ORDER BY count(*) DESC LIMIT 50`)).map((row: { case_id: string }) => row.case_id);
    const paths: Array<[string, string]> = busy.flatMap((caseId) => [['case page', `/v1/cases/${caseId}/timeline?limit=100`], ['portfolio list', '/v1/cases?limit=50']] as Array<[string, string]>);
    const load = await new Promise<{ results: Array<{ kind: string; status: number; ms: number }>; seconds: number }>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'http-get-load.worker.ts'), { execArgv: ['-r', '@swc-node/register'], workerData: { port, token, rate: RATE, seconds: SECONDS, warmUpSeconds: 3, paths } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const latency = (kind: string) => {
      const sorted = load.results.filter((result) => result.kind === kind).map((result) => result.ms).sort((a, b) => a - b);
      return { requests: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    };
    const [stored] = await dataSource.query(`SELECT count(*)::int AS entries FROM timeline_entries`);
    const checks = {
      everyEventOnce: projected.entries === EVENTS && projected.events === EVENTS,
      allReadsAnswered: load.results.every((result) => result.status === 200),
    };
    const eventsPerS = Math.round(deliveries.length / projectS);
    const result = {
      benchmark: 'timeline',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg().map((value) => +value.toFixed(2)) },
      setup: { cases: CASES, entriesStored: stored.entries, seconds: setupS },
      projection: { events: EVENTS, deliveries: deliveries.length, seconds: +projectS.toFixed(2), eventsPerS },
      reads: { statuses: load.results.reduce<Record<string, number>>((counts, r) => ({ ...counts, [`${r.kind} ${r.status}`]: (counts[`${r.kind} ${r.status}`] ?? 0) + 1 }), {}), ratePerS: RATE, seconds: +load.seconds.toFixed(1), casePage: latency('case page'), portfolioList: latency('portfolio list') },
      checks,
      targets: {
        eventsPerS: { target: TARGETS.eventsPerSAtLeast, met: eventsPerS >= TARGETS.eventsPerSAtLeast },
        p99Ms: { target: TARGETS.p99MsAtMost, met: latency('case page').p99 <= TARGETS.p99MsAtMost && latency('portfolio list').p99 <= TARGETS.p99MsAtMost },
      },
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'timeline.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.table({
      projection: { count: EVENTS, perSecond: eventsPerS, p50Ms: '-', p99Ms: '-', target: '5000/s', met: result.targets.eventsPerS.met },
      'case page': { count: result.reads.casePage.requests, perSecond: RATE / 2, p50Ms: result.reads.casePage.p50, p99Ms: result.reads.casePage.p99, target: 'p99 ≤ 100 ms', met: result.reads.casePage.p99 <= 100 },
      'portfolio list': { count: result.reads.portfolioList.requests, perSecond: RATE / 2, p50Ms: result.reads.portfolioList.p50, p99Ms: result.reads.portfolioList.p99, target: 'p99 ≤ 100 ms', met: result.reads.portfolioList.p99 <= 100 },
    });
    console.log(`entries stored ${stored.entries}; checks ${JSON.stringify(checks)}`);
    if (Object.values(checks).some((ok) => !ok)) {
      console.error('FAILED: an event was lost or doubled, or a read failed (see checks)');
      process.exitCode = 1;
    }
  } finally {
    await app?.close();
    await dataSource.destroy();
    await database.drop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exitCode = 1;
});
