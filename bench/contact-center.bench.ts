/**
 * Contact-center benchmark (not a test): a queue of 100,000 call tasks in one country and language,
 * 50 agents taking the next task and recording its outcome over HTTP (the service's agent API, key
 * authentication, lease with SKIP LOCKED, outcome event through the outbox), paced at 200 requests/s
 * in all from a worker thread, after 5 s of unmeasured warm-up. Reports next-task latency p50/p99, tasks/s, and checks that no task
 * was handed out twice and every handed-out task has exactly one outcome.
 *
 *   npm run bench:contact-center                        # 100,000 tasks, 50 agents, 200 requests/s, 30 s
 *   BENCH_TASKS=20000 BENCH_AGENTS=20 BENCH_RATE=400 BENCH_SECONDS=20 npm run bench:contact-center
 *
 * In-process on a throwaway database; no broker (events stop at the outbox). Writes
 * bench/results/contact-center.json. Targets are reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock, SystemClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createValidationPipe } from '@collections/observability';
import { createDataSource } from '@collections/persistence';
import { createThrowawayDatabase } from '@collections/testing';
import { AgentAuthGuard } from '../services/contact-center/src/adapters/http/agent-auth.guard';
import { AgentController } from '../services/contact-center/src/adapters/http/agent.controller';
import { CONTACT_CENTER_MIGRATIONS } from '../services/contact-center/src/adapters/persistence/migrations';
import { SqlAgentDirectory } from '../services/contact-center/src/adapters/persistence/sql-agent.directory';
import { TypeOrmUnitOfWork } from '../services/contact-center/src/adapters/persistence/typeorm-unit-of-work';
import { AgentDirectory, UnitOfWork } from '../services/contact-center/src/application/ports/contact-center.ports';

const TASKS = Number(process.env.BENCH_TASKS ?? 100_000);
const AGENTS = Number(process.env.BENCH_AGENTS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const TARGET_P99_MS = 50;

const percentile = (sorted: number[], p: number) => +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2);

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_contact_center');
  const dataSource = await createDataSource({ url: database.url, poolSize: 20, migrations: CONTACT_CENTER_MIGRATIONS }).initialize();
  await dataSource.runMigrations();
  const clock = new SystemClock();
  let app: INestApplication | undefined;
  try {
    const setupStart = Date.now();
    await dataSource.query(`
      INSERT INTO cases (case_id, creditor_id, country, language, debtor_name, balance, currency)
      SELECT gen_random_uuid(), gen_random_uuid(), 'BE', 'fr', 'Debtor ' || n,
             jsonb_build_object('principal', jsonb_build_object('amountMinor', (10000 + n % 500000)::text, 'currency', 'EUR'), 'interest', jsonb_build_object('amountMinor', '0', 'currency', 'EUR'),
                                'costs', jsonb_build_object('amountMinor', '0', 'currency', 'EUR'), 'charges', jsonb_build_object('amountMinor', '0', 'currency', 'EUR')), 'EUR'
        FROM generate_series(1, $1) n`, [TASKS]);
    await dataSource.query(`
      INSERT INTO tasks (id, action_id, case_id, kind, country, language, details, priority, not_before, not_after)
      SELECT gen_random_uuid(), 'action-' || row_number() OVER (), case_id, 'CALL', 'BE', 'fr', '{"phones":["+32470123456"]}', random(), now() - interval '1 hour', now() + interval '1 day'
        FROM cases`);
    await dataSource.query('VACUUM ANALYZE');
    const directory = new SqlAgentDirectory(dataSource);
    const keys: string[] = [];
    for (let i = 0; i < AGENTS; i += 1) keys.push((await directory.create({ name: `Agent ${i}`, role: 'agent', countries: ['BE'], languages: ['fr', 'nl'] })).key);
    const setupS = (Date.now() - setupStart) / 1000;

    @Module({
      controllers: [AgentController],
      providers: [
        { provide: UnitOfWork, useValue: new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/contact-center', now: () => clock.now(), lookup: catalogLookup })) },
        { provide: AgentDirectory, useValue: directory },
        { provide: Clock, useValue: clock },
        AgentAuthGuard,
      ],
    })
    class BenchModule {}
    app = await NestFactory.create(BenchModule, { logger: false });
    app.useGlobalPipes(createValidationPipe());
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;

    const load = await new Promise<{ nextLatencies: number[]; handedOut: string[]; outcomeStatuses: Record<string, number>; seconds: number; allSeconds: number }>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'agents-load.worker.ts'), { execArgv: ['-r', '@swc-node/register'], workerData: { port, keys, rate: RATE, seconds: SECONDS, warmUpSeconds: WARM_UP_SECONDS } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const latencies = [...load.nextLatencies].sort((a, b) => a - b);
    const [counts] = await dataSource.query(`
      SELECT (SELECT count(*) FROM tasks WHERE state = 'done')::int AS done,
             (SELECT count(*) FROM interactions)::int AS interactions,
             (SELECT count(*) FROM (SELECT task_id FROM interactions GROUP BY task_id HAVING count(*) > 1) d)::int AS twice,
             (SELECT count(*) FROM outbox_messages)::int AS events`);
    const checks = {
      noTaskHandedOutTwice: new Set(load.handedOut).size === load.handedOut.length,
      everyHandedOutTaskDoneOnce: counts.done === load.handedOut.length && counts.interactions === load.handedOut.length && counts.twice === 0,
      oneEventPerOutcome: counts.events === load.handedOut.length,
    };
    // Over the measured period: next-task requests measured, and as many outcomes as tasks taken in it (at most).
    const requestsPerS = Math.round((2 * load.nextLatencies.length) / load.seconds);
    const result = {
      benchmark: 'contact-center',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg().map((value) => +value.toFixed(2)) },
      setup: { tasks: TASKS, agents: AGENTS, seconds: setupS },
      load: { offeredRequestsPerS: RATE, requestsPerS, seconds: +load.seconds.toFixed(1), tasksPerS: Math.round(load.handedOut.length / load.allSeconds), warmUpSeconds: WARM_UP_SECONDS, tasksDone: load.handedOut.length, outcomeStatuses: load.outcomeStatuses },
      nextTaskMs: { p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99), max: percentile(latencies, 100) },
      checks,
      target: { p99NextTaskMs: TARGET_P99_MS, met: percentile(latencies, 99) <= TARGET_P99_MS },
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'contact-center.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.table({ 'next task': { requestsPerS, tasksPerS: result.load.tasksPerS, p50Ms: result.nextTaskMs.p50, p99Ms: result.nextTaskMs.p99, target: `p99 ≤ ${TARGET_P99_MS} ms at ${RATE}/s`, met: result.target.met } });
    console.log(`checks ${JSON.stringify(checks)}`);
    if (Object.values(checks).some((ok) => !ok)) {
      console.error('FAILED: a task was handed out twice or an outcome lost or doubled (see checks)');
      process.exitCode = 1;
    }
  } finally {
    await app?.close();
    await dataSource.destroy();
    await database.drop();
  }
}

void main();
