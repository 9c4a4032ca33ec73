/**
 * Intake bulk-import benchmark (not a test): a generated case-import CSV streamed to
 * POST /v1/case-imports over real HTTP, timed until every case is committed with its CaseOpened in
 * the outbox, beside a raw PostgreSQL COPY of the very same rows into a plain table, in the same run.
 *
 *   npm run bench:intake-import                          # 100,000 rows
 *   BENCH_ROWS=1000000 npm run bench:intake-import       # 1,000,000 rows
 *
 * The intake service runs as its own process (`node -r @swc-node/register services/intake/src/main.ts`,
 * as `nx serve intake` starts it; throwaway database, local broker or KAFKA_BROKERS), so the RSS and
 * CPU reported are the service's alone, read from /proc. It runs with the heap cap intake is
 * deployed with (`--max-old-space-size=160`, see services/intake/README.md); BENCH_SERVICE_NODE_OPTIONS
 * replaces the flags (an empty value: none, V8's default heap). BENCH_IN_PROCESS=1 runs it inside this process instead, which
 * adds a wall-clock breakdown of the import's phases (the RSS then includes the bench itself). Prints a table and writes bench/results/intake-import-<rows>.json. Checks that no
 * case was lost or doubled (cases, outbox rows, invoices, import counters); the run fails if so.
 * Targets are reported as pass/fail, never asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { CaseOpenedSchema, kafkaTopicSpecs } from '@collections/contracts';
import { startKafka, type KafkaCluster } from '@collections/local-kafka';
import { OutboxRelay, OutboxWriter, ensureTopics } from '@collections/messaging';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, freePorts, testKafka, type ThrowawayDatabase } from '@collections/testing';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { SqlCaseImportLog, SqlCaseImportStore } from '../services/intake/src/adapters/persistence/sql-case-import.store';
import { SqlCaseStore } from '../services/intake/src/adapters/persistence/sql-case.store';
import { SqlConsultantPool } from '../services/intake/src/adapters/persistence/sql-consultant.pool';
import { SqlCreditorTerms } from '../services/intake/src/adapters/persistence/sql-creditor.terms';
import { TypeOrmUnitOfWork } from '../services/intake/src/adapters/persistence/typeorm-unit-of-work';
import { ImportCasesHandler } from '../services/intake/src/application/commands/import-cases/import-cases';
import { IntakeConfig } from '../services/intake/src/config/intake.config';
import { Case } from '../services/intake/src/domain/case/case.aggregate';
import { IntakeModule } from '../services/intake/src/intake.module';
import { BENCH_COUNTRIES, CSV_HEADER, caseCsvStream, caseRows, languagesOf, type GeneratedStats } from './intake/case-rows';
import { BackendCpu, PhaseTimer, processCpuSeconds } from './intake/phase-timer';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SEED = Number(process.env.BENCH_SEED ?? 20_261_122);
const POLL_MS = 200;
const OPERATOR_TOKEN = 'bench-operator-token-0123456789';
const MIB = 1024 * 1024;
const TARGETS = { rowsPerSAtLeast: 5_000, ratioToCopyAtLeast: 0.25, peakRssMbBelow: 300 };

const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);
const seconds = (ms: number) => +(ms / 1000).toFixed(2);
const mb = (bytes: number) => Math.round(bytes / MIB);
const cpuSeconds = (usage: NodeJS.CpuUsage) => +((usage.user + usage.system) / 1e6).toFixed(2);

/** process.memoryUsage().rss every 100 ms, and the kernel's high-water mark (VmHWM) for what sampling misses. */
class RssSampler {
  private timer?: NodeJS.Timeout;
  /** Another process to watch (the service); this one when absent. */
  constructor(private readonly pid?: number) {}
  peak = 0;
  samples = 0;
  /** Peaks of the V8 heap and of memory outside it, to tell live objects from garbage and buffers. */
  private peaks = { heapUsed: 0, heapTotal: 0, external: 0 };
  start(): this {
    resetHighWaterMark(this.pid);
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    return this;
  }
  stop(): RssFigures {
    clearInterval(this.timer);
    this.sample();
    const hwm = highWaterMarkKb(this.pid);
    return {
      peakMb: mb(this.peak),
      highWaterMarkMb: hwm === null ? null : Math.round(hwm / 1024),
      samples: this.samples,
      peakHeapUsedMb: mb(this.peaks.heapUsed),
      peakHeapTotalMb: mb(this.peaks.heapTotal),
      peakExternalMb: mb(this.peaks.external),
    };
  }
  private sample(): void {
    if (this.pid) {
      const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(procStatus(this.pid) ?? '')?.[1] ?? 0);
      this.peak = Math.max(this.peak, rssKb * 1024);
      this.samples += 1;
      return;
    }
    const usage = process.memoryUsage();
    this.peak = Math.max(this.peak, usage.rss);
    this.peaks.heapUsed = Math.max(this.peaks.heapUsed, usage.heapUsed);
    this.peaks.heapTotal = Math.max(this.peaks.heapTotal, usage.heapTotal);
    this.peaks.external = Math.max(this.peaks.external, usage.external);
    this.samples += 1;
  }
}

interface RssFigures {
  peakMb: number;
  highWaterMarkMb: number | null;
  samples: number;
  peakHeapUsedMb: number;
  peakHeapTotalMb: number;
  peakExternalMb: number;
}

/** Linux: writing 5 to clear_refs resets VmHWM to the current RSS, so each phase has its own peak. */
function resetHighWaterMark(pid?: number): void {
  try {
    writeFileSync(`/proc/${pid ?? 'self'}/clear_refs`, '5');
  } catch {
    // not Linux, or not allowed: VmHWM then covers the whole process
  }
}

function procStatus(pid?: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid ?? 'self'}/status`, 'utf8');
  } catch {
    return undefined;
  }
}

function highWaterMarkKb(pid?: number): number | null {
  const match = /VmHWM:\s+(\d+) kB/.exec(procStatus(pid) ?? '');
  return match ? Number(match[1]) : null;
}

interface ImportView {
  id: string;
  status: string;
  done: boolean;
  fileBytes: number;
  rowsRead: number;
  rowsUnreadable: number;
  casesRead: number;
  casesOpened: number;
  casesAlreadyKnown: number;
  casesRejected: number;
  failure: string | null;
}

async function call<T>(base: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** POST of a streamed body with chunked transfer encoding (no Content-Length); resolves with the answer. */
function streamUpload(port: number, path: string, headers: Record<string, string>, body: Readable): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path, headers: { ...headers, 'Transfer-Encoding': 'chunked' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    body.on('error', (error) => req.destroy(error));
    body.pipe(req);
  });
}

/** Generation alone, to show what part of both timings is the client making the file. */
function timeGenerator(): { ms: number } {
  const started = Date.now();
  let bytes = 0;
  for (const line of caseRows(ROWS, SEED)) bytes += line.length;
  if (bytes === 0) throw new Error('the generator produced nothing');
  return { ms: Date.now() - started };
}

async function rawCopy(): Promise<{ ms: number; rows: number; cpu: { benchProcessS: number; postgresS: number } }> {
  const database = await createThrowawayDatabase('bench_copy');
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_raw_rows (${CSV_HEADER.map((column) => `${column} text`).join(', ')})`);
    const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    const backend = new BackendCpu();
    backend.start([pid]);
    const cpuBefore = process.cpuUsage();
    const started = Date.now();
    const copy = client.query(copyFrom('COPY bench_raw_rows FROM STDIN WITH (FORMAT csv, HEADER true)'));
    await pipeline(caseCsvStream(ROWS, SEED), copy);
    const ms = Date.now() - started;
    const cpu = { benchProcessS: cpuSeconds(process.cpuUsage(cpuBefore)), postgresS: backend.stop([pid]) };
    const [{ rows }] = (await client.query('SELECT count(*)::int AS rows FROM bench_raw_rows')).rows;
    if (rows !== ROWS || copy.rowCount !== ROWS) throw new Error(`raw COPY: expected ${ROWS} rows, COPY reported ${copy.rowCount}, table holds ${rows}`);
    return { ms, rows, cpu };
  } finally {
    await client.end();
    await database.drop();
  }
}

interface IntakeRun {
  cases: number;
  fileBytes: number;
  uploadMs: number;
  committedMs: number;
  doneMs: number;
  rss: RssFigures;
  publishedByDone: number;
  perCountry: Record<string, number>;
  beforeUpload: { rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number };
  afterGc?: { heapUsedMb: number; rssMb: number };
  cpu: { benchProcessS: number; serviceProcessS?: number; postgresS: number };
  breakdown: Record<string, number>;
}

/** Wall-clock seconds per part of the import, from the wrapped methods (see PhaseTimer). */
function instrument(): PhaseTimer {
  const timer = new PhaseTimer();
  timer.wrap(ImportCasesHandler.prototype, 'execute', 'execute');
  timer.wrap(ImportCasesHandler.prototype, 'commit', 'chunk');
  timer.wrap(SqlCaseImportStore.prototype, 'markRunning', 'markRunning');
  timer.wrap(SqlCaseImportStore.prototype, 'complete', 'complete');
  timer.wrap(TypeOrmUnitOfWork.prototype, 'run', 'transaction');
  timer.wrap(SqlCaseStore.prototype, 'findByReferences', 'findByReferences');
  timer.wrap(SqlCaseStore.prototype, 'insertNew', 'insertNew');
  timer.wrap(OutboxWriter.prototype, 'append', 'outboxAppend');
  timer.wrap(SqlConsultantPool.prototype, 'lockCandidates', 'lockCandidates');
  timer.wrap(SqlConsultantPool.prototype, 'addOpenCases', 'addOpenCases');
  timer.wrap(SqlCaseImportLog.prototype, 'record', 'record');
  timer.wrap(Case, 'open', 'caseOpen');
  timer.wrap(SqlCreditorTerms.prototype, 'registrationFee', 'registrationFee');
  timer.wrap(PostgresQueryRunner.prototype, 'startTransaction', 'begin', 'transaction');
  timer.wrap(PostgresQueryRunner.prototype, 'commitTransaction', 'commit', 'transaction');
  // The relay publishes to Kafka while the import runs: its time overlaps the import's, it is not a part of it.
  timer.wrap(OutboxRelay.prototype, 'publishBatch', 'relayPublishBatch');
  if (timer.missing.length > 0) console.warn(`breakdown incomplete: not found in the service any more: ${timer.missing.join(', ')}`);
  return timer;
}

function breakdownOf(timer: PhaseTimer): Record<string, number> {
  const s = (ms: number) => +(ms / 1000).toFixed(2);
  const inTransaction = ['findByReferences', 'insertNew', 'lockCandidates', 'addOpenCases', 'record', 'caseOpen', 'registrationFee', 'begin', 'commit'].reduce((sum, label) => sum + timer.ms(label), 0);
  return {
    chunks: timer.calls('chunk'),
    handlerTotalS: s(timer.ms('execute')),
    readAndParseS: s(timer.ms('execute') - timer.ms('chunk') - timer.ms('markRunning') - timer.ms('complete')),
    validateS: s(timer.ms('chunk') - timer.ms('transaction')),
    transactionS: s(timer.ms('transaction')),
    'transaction.beginS': s(timer.ms('begin')),
    'transaction.findByReferencesS': s(timer.ms('findByReferences')),
    'transaction.lockConsultantsS': s(timer.ms('lockCandidates')),
    'transaction.caseOpenS': s(timer.ms('caseOpen')),
    'transaction.insertCasesS': s(timer.ms('insertNew') - timer.ms('outboxAppend')),
    'transaction.outboxAppendS': s(timer.ms('outboxAppend')),
    'transaction.addOpenCasesS': s(timer.ms('addOpenCases')),
    'transaction.registrationFeeS': s(timer.ms('registrationFee')),
    'transaction.recordProgressS': s(timer.ms('record')),
    'transaction.commitS': s(timer.ms('commit')),
    'transaction.otherS': s(timer.ms('transaction') - inTransaction),
    completeS: s(timer.ms('complete')),
    relayBatches: timer.calls('relayPublishBatch'),
    relayPublishS: s(timer.ms('relayPublishBatch')),
  };
}

async function backendPids(dataSource: DataSource, database: string): Promise<number[]> {
  const rows: Array<{ pid: number }> = await dataSource.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
  return rows.map((row) => row.pid);
}

const IN_PROCESS = process.env.BENCH_IN_PROCESS === '1';
/** The heap cap intake runs with (services/intake/project.json): without it V8 lets garbage pile up to ~450 MB before collecting. */
const SERVICE_NODE_OPTIONS = '--max-old-space-size=160';

/** The running service, wherever it runs: its address, a database handle for the checks, and its process. */
interface ServiceUnderBench {
  port: number;
  dataSource: DataSource;
  /** The service's own process, when it is not this one. */
  pid?: number;
  close(): Promise<void>;
}

async function startService(env: Record<string, string>): Promise<ServiceUnderBench> {
  if (IN_PROCESS) {
    const app: INestApplication = await NestFactory.create(IntakeModule.forRoot(loadConfig(IntakeConfig, env)), { logger: process.env.BENCH_LOGS ? undefined : false });
    await app.listen(0, '127.0.0.1');
    return { port: (app.getHttpServer().address() as AddressInfo).port, dataSource: app.get(DataSource), close: () => app.close() };
  }
  const port = (await freePorts(1))[0]!;
  const flags = (process.env.BENCH_SERVICE_NODE_OPTIONS ?? SERVICE_NODE_OPTIONS).split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...flags, '-r', '@swc-node/register', 'services/intake/src/main.ts'], {
    cwd: join(__dirname, '..'),
    env: { PATH: process.env.PATH, ...env, HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1' },
    stdio: ['ignore', process.env.BENCH_LOGS ? 'inherit' : 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the intake service did not become ready (exit code ${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const dataSource = await new DataSource({ type: 'postgres', url: env.DATABASE_URL, poolSize: 2 }).initialize();
  return {
    port,
    dataSource,
    pid: child.pid,
    async close() {
      await dataSource.destroy();
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function intakeImport(brokers: string[]): Promise<IntakeRun> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('bench_intake');
  let service: ServiceUnderBench | undefined;
  try {
    service = await startService({
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: brokers.join(','),
      DATABASE_MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'warn',
      OPERATOR_TOKEN,
      // Rows average ~170 bytes; 400 a row leaves room, so the upload is never refused (413).
      CASE_IMPORT_MAX_MIB: String(Math.min(2048, Math.max(64, Math.ceil((ROWS * 400) / MIB)))),
    });
    const { port, dataSource } = service;
    const base = `http://127.0.0.1:${port}`;
    const operator = { 'X-Operator-Token': OPERATOR_TOKEN };

    const creditor = await call<{ creditorId: string; apiKey: { token: string } }>(base, 'POST', '/ops/creditors', operator, { name: 'Bench Utilities NV' });
    const auth = { Authorization: `Bearer ${creditor.apiKey.token}` };
    for (const country of BENCH_COUNTRIES) {
      for (const n of [1, 2]) {
        await call(base, 'POST', '/ops/consultants', operator, {
          name: `Consultant ${country} ${n}`,
          email: `consultant.${country.toLowerCase()}.${n}@agency.example`,
          countries: [country],
          languages: languagesOf(country),
        });
      }
    }

    const stats: GeneratedStats = { rows: 0, cases: 0, perCountry: {} };
    const timer = IN_PROCESS ? instrument() : undefined;
    const backend = new BackendCpu();
    backend.start(await backendPids(dataSource, database.name));
    const usage = process.memoryUsage();
    const serviceRssMb = service.pid ? Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(procStatus(service.pid) ?? '')?.[1] ?? 0) / 1024) : 0;
    const beforeUpload = service.pid
      ? { rssMb: serviceRssMb, heapUsedMb: 0, heapTotalMb: 0, externalMb: 0 }
      : { rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal), externalMb: mb(usage.external) };
    const cpuBefore = process.cpuUsage();
    const serviceCpuBefore = service.pid ? processCpuSeconds(service.pid) : 0;
    const sampler = new RssSampler(service.pid).start();
    let started = 0;
    const body = caseCsvStream(ROWS, SEED, stats, () => (started = Date.now()));
    const answer = await streamUpload(port, '/v1/case-imports', { ...auth, 'Content-Type': 'text/csv; charset=utf-8' }, body);
    const uploadMs = Date.now() - started;
    if (answer.status !== 202) throw new Error(`upload answered ${answer.status}: ${answer.body}`);
    const { id } = JSON.parse(answer.body) as ImportView;
    const cases = stats.cases;

    const committed = async (): Promise<{ cases: number; events: number }> => {
      const [row] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM cases WHERE creditor_id = $1) AS cases,
                (SELECT count(*)::int FROM outbox_messages o JOIN cases c ON c.id::text = o.message_key
                  WHERE c.creditor_id = $1 AND o.event_type = $2) AS events`,
        [creditor.creditorId, CaseOpenedSchema.typeName],
      );
      return row;
    };
    let committedMs = 0;
    let view: ImportView;
    const deadline = Date.now() + Math.max(600_000, ROWS * 5);
    for (;;) {
      view = await call<ImportView>(base, 'GET', `/v1/case-imports/${id}`, auth);
      if (!committedMs && (view.casesOpened >= cases || view.done)) {
        const now = Date.now();
        const counted = await committed();
        if (counted.cases >= cases && counted.events >= cases) committedMs = now - started;
      }
      if (view.done) break;
      if (Date.now() > deadline) throw new Error(`import not done after ${seconds(Date.now() - started)} s: ${JSON.stringify(view)}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const doneMs = Date.now() - started;
    const rss = sampler.stop();
    const cpu = {
      benchProcessS: cpuSeconds(process.cpuUsage(cpuBefore)),
      serviceProcessS: service.pid ? +(processCpuSeconds(service.pid) - serviceCpuBefore).toFixed(2) : undefined,
      postgresS: backend.stop(await backendPids(dataSource, database.name)),
    };
    timer?.restore();
    // With node --expose-gc: what the heap still holds once the import is done, to tell retention from garbage.
    const gc = IN_PROCESS ? (globalThis as { gc?: () => void }).gc : undefined;
    let afterGc: { heapUsedMb: number; rssMb: number } | undefined;
    if (gc) {
      gc();
      gc();
      afterGc = { heapUsedMb: mb(process.memoryUsage().heapUsed), rssMb: mb(process.memoryUsage().rss) };
    }

    // Nothing lost, nothing doubled: the import's own counters, then the tables themselves.
    const problems: string[] = [];
    const expect = (what: string, got: unknown, wanted: unknown) => got !== wanted && problems.push(`${what}: expected ${wanted}, got ${got}`);
    expect('generated rows', stats.rows, ROWS);
    expect('import status', view.status, 'completed');
    expect('import rowsRead', view.rowsRead, ROWS);
    expect('import casesRead', view.casesRead, cases);
    expect('import casesOpened', view.casesOpened, cases);
    expect('import casesAlreadyKnown', view.casesAlreadyKnown, 0);
    expect('import casesRejected', view.casesRejected, 0);
    expect('import rowsUnreadable', view.rowsUnreadable, 0);
    if (!committedMs) problems.push('the import finished but not every case was committed with its CaseOpened');
    const [tables] = await dataSource.query(
      `SELECT count(*)::int AS cases, count(DISTINCT creditor_reference)::int AS refs,
              coalesce(sum(jsonb_array_length(case_file->'invoices')), 0)::int AS invoices,
              count(*) FILTER (WHERE consultant_id IS NULL)::int AS unassigned,
              count(DISTINCT debtor_country)::int AS countries
       FROM cases WHERE creditor_id = $1 AND case_import_id = $2`,
      [creditor.creditorId, id],
    );
    const [outbox] = await dataSource.query(
      `SELECT count(*)::int AS events, count(DISTINCT o.message_key)::int AS keys,
              count(*) FILTER (WHERE o.published_at IS NOT NULL)::int AS published
       FROM outbox_messages o JOIN cases c ON c.id::text = o.message_key
       WHERE c.creditor_id = $1 AND o.event_type = $2`,
      [creditor.creditorId, CaseOpenedSchema.typeName],
    );
    expect('cases rows', tables.cases, cases);
    expect('distinct creditor references', tables.refs, cases);
    expect('invoices in cases (one per row)', tables.invoices, ROWS);
    expect('cases without a consultant', tables.unassigned, 0);
    expect('debtor countries', tables.countries, BENCH_COUNTRIES.length);
    expect('CaseOpened outbox rows', outbox.events, cases);
    expect('cases with a CaseOpened', outbox.keys, cases);
    if (problems.length > 0) {
      const rejections = await call<{ items: unknown[] }>(base, 'GET', `/v1/case-imports/${id}/rejections`, auth).catch(() => ({ items: [] }));
      throw new Error(`intake import lost or doubled something:\n  ${problems.join('\n  ')}\nfirst rejections: ${JSON.stringify(rejections.items.slice(0, 5))}`);
    }
    return {
      cases, fileBytes: view.fileBytes, uploadMs, committedMs, doneMs, rss, publishedByDone: outbox.published, perCountry: stats.perCountry,
      beforeUpload, afterGc, cpu, breakdown: timer ? breakdownOf(timer) : {},
    };
  } finally {
    await service?.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  let cluster: KafkaCluster | undefined;
  const topics = kafkaTopicSpecs({ local: true, replicationFactor: 1 });
  if (!process.env.KAFKA_BROKERS) {
    cluster = await startKafka({ brokers: 1, topics });
    process.env.KAFKA_BROKERS = cluster.bootstrap;
  } else {
    const admin = testKafka(process.env.KAFKA_BROKERS.split(',')).admin();
    await admin.connect();
    await ensureTopics(admin, topics).finally(() => admin.disconnect());
  }
  const brokers = process.env.KAFKA_BROKERS.split(',');
  const loadAtStart = loadavg().map((l) => +l.toFixed(2));
  try {
    // The service first, so its memory figures carry nothing left over from the other phases.
    const run = await intakeImport(brokers);
    const copy = await rawCopy();
    const generator = timeGenerator();

    const importRowsPerS = rate(ROWS, run.committedMs);
    const copyRowsPerS = rate(ROWS, copy.ms);
    const ratio = +(importRowsPerS / copyRowsPerS).toFixed(3);
    const peakRssMb = Math.max(run.rss.peakMb, run.rss.highWaterMarkMb ?? 0);
    const result = {
      at: new Date().toISOString(),
      rows: ROWS,
      cases: run.cases,
      fileMb: +(run.fileBytes / MIB).toFixed(1),
      seed: SEED,
      countries: run.perCountry,
      kafka: cluster?.version ?? 'external',
      // Other work on the machine skews wall-clock figures: compare CPU seconds across runs.
      service: IN_PROCESS ? 'in this process' : `own process (${process.env.BENCH_SERVICE_NODE_OPTIONS ?? SERVICE_NODE_OPTIONS})`,
      machine: { cpus: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)) },
      import: {
        secondsToCommitted: seconds(run.committedMs),
        secondsToDone: seconds(run.doneMs),
        secondsToUploaded: seconds(run.uploadMs),
        rowsPerS: importRowsPerS,
        casesPerS: rate(run.cases, run.committedMs),
        rowsPerSToDone: rate(ROWS, run.doneMs),
        caseOpenedPublishedByDone: run.publishedByDone,
        peakRssMb,
        rss: { ...run.rss, beforeUpload: run.beforeUpload, ...(run.afterGc ? { afterImportAndGc: run.afterGc } : {}) },
        cpuSeconds: run.cpu,
        breakdownSeconds: run.breakdown,
      },
      copy: { seconds: seconds(copy.ms), rowsPerS: copyRowsPerS, cpuSeconds: copy.cpu },
      generatorOnly: { seconds: seconds(generator.ms), rowsPerS: rate(ROWS, generator.ms) },
      ratioToCopy: ratio,
      checks: { lostOrDoubled: 0 },
      targets: {
        rowsPerS: { target: `>= ${TARGETS.rowsPerSAtLeast}`, actual: importRowsPerS, pass: importRowsPerS >= TARGETS.rowsPerSAtLeast },
        ratioToCopy: { target: `>= ${TARGETS.ratioToCopyAtLeast}`, actual: ratio, pass: ratio >= TARGETS.ratioToCopyAtLeast },
        peakRssMb: { target: `< ${TARGETS.peakRssMbBelow}`, actual: peakRssMb, pass: peakRssMb < TARGETS.peakRssMbBelow },
      },
    };
    console.table({
      'intake import (HTTP → cases + outbox)': { rows: ROWS, cases: run.cases, seconds: result.import.secondsToCommitted, 'rows/s': importRowsPerS, 'peak RSS MB': peakRssMb },
      'raw COPY (same rows)': { rows: ROWS, cases: '', seconds: result.copy.seconds, 'rows/s': copyRowsPerS, 'peak RSS MB': '' },
      'generator alone': { rows: ROWS, cases: '', seconds: result.generatorOnly.seconds, 'rows/s': result.generatorOnly.rowsPerS, 'peak RSS MB': '' },
    });
    console.log(
      `import: uploaded in ${result.import.secondsToUploaded} s, every case committed with its CaseOpened at ${result.import.secondsToCommitted} s, ` +
        `done at ${result.import.secondsToDone} s; ratio to raw COPY ${ratio}; RSS peak sampled ${run.rss.peakMb} MB, VmHWM ${run.rss.highWaterMarkMb ?? 'n/a'} MB ` +
        `(before upload ${run.beforeUpload.rssMb} MB` +
        `${IN_PROCESS ? `; peak V8 heap used ${run.rss.peakHeapUsedMb} MB of ${run.rss.peakHeapTotalMb} MB, external ${run.rss.peakExternalMb} MB` : ''}` +
        `${run.afterGc ? `; after the import and a full GC: heap used ${run.afterGc.heapUsedMb} MB, RSS ${run.afterGc.rssMb} MB` : ''})`,
    );
    console.log(
      `CPU seconds: import ${run.cpu.serviceProcessS ?? run.cpu.benchProcessS} in the service${IN_PROCESS ? ' (this process)' : ` + ${run.cpu.benchProcessS} in this feeding process`} + ${run.cpu.postgresS} in PostgreSQL; COPY ${copy.cpu.benchProcessS} + ${copy.cpu.postgresS}`,
    );
    if (IN_PROCESS) console.log(`import breakdown (wall-clock s): ${Object.entries(run.breakdown).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const [name, target] of Object.entries(result.targets)) console.log(`target ${name} ${target.target}: ${target.actual} ${target.pass ? 'PASS' : 'FAIL'}`);
    console.log(`nothing lost or doubled: ${run.cases} cases, ${ROWS} invoices, ${run.cases} CaseOpened in the outbox; load average ${loadAtStart[0]} at start, ${result.machine.loadAverageAtEnd[0]} at end`);
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `intake-import-${ROWS}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${file}`);
  } finally {
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
