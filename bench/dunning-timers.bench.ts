/**
 * Dunning timer benchmark (not a test): 1,000,000 active case plans, each with its pending step
 * timer, 100,000 of them due at the same instant. Measures the time for the scanner (the code behind
 * every replica's TimerScanner: claim with FOR UPDATE SKIP LOCKED, compliance guard, event through the
 * outbox, next step scheduled) to fire them all, in steps per second; the idle scanner's cost when
 * nothing is due (passes and queries per second, CPU of this process and of its PostgreSQL backends);
 * and, beside them in the same run, a raw baseline of the same indexed select-and-update with no
 * domain work. Checks that every due timer fired exactly once and nothing else did.
 *
 *   npm run bench:dunning-timers                              # 1,000,000 plans, 100,000 due
 *   BENCH_PLANS=200000 BENCH_DUE=20000 npm run bench:dunning-timers
 *
 * Runs in-process on a throwaway database; no broker is needed (events stop at the outbox). Writes
 * bench/results/dunning-timers-<plans>.json. Targets are reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createDataSource } from '@collections/persistence';
import { createThrowawayDatabase } from '@collections/testing';
import { DUNNING_MIGRATIONS } from '../services/dunning/src/adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from '../services/dunning/src/adapters/persistence/typeorm-unit-of-work';
import { DomainPlaybook } from '../services/dunning/src/adapters/playbook/domain-playbook';
import { fireDueSteps } from '../services/dunning/src/application/commands/fire-due-steps';
import { CasePlan, newPlan } from '../services/dunning/src/domain/case-plan/case-plan';
import { OutboxDunningPublisher } from '../services/dunning/src/adapters/messaging/outbox-dunning.publisher';
import { SqlActionLog } from '../services/dunning/src/adapters/persistence/sql-action.log';
import { SqlPlanStore } from '../services/dunning/src/adapters/persistence/sql-plan.store';
import { SqlTimerStore } from '../services/dunning/src/adapters/persistence/sql-timer.store';
import { BackendCpu, PhaseTimer } from './intake/phase-timer';

const PLANS = Number(process.env.BENCH_PLANS ?? 1_000_000);
const DUE = Number(process.env.BENCH_DUE ?? 100_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const IDLE_INTERVAL_MS = 1_000;
const TARGETS = { stepsPerSAtLeast: 5_000, idleCorePercentBelow: 1 };
/** A Wednesday, 10:00 in Brussels: inside every BE contact window, not a holiday. */
const DUE_AT = '2026-11-25T09:00:00.000Z';

const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_dunning');
  const dataSource = await createDataSource({ url: database.url, poolSize: WORKERS + 2, migrations: DUNNING_MIGRATIONS }).initialize();
  await dataSource.runMigrations();
  const clock = new FixedClock(DUE_AT);
  const uow = new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/dunning', now: () => clock.now(), lookup: catalogLookup }));
  const playbook = new DomainPlaybook();
  const backendPids = async () => (await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((row: { pid: number }) => row.pid);
  try {
    // 1. A million active plans, generated in SQL from one template plan, each with its pending timer.
    const facts = { creditorId: '00000000-0000-4000-8000-00000000c0de', country: 'BE', debtorKind: 'B2C' as const, language: 'fr', currency: 'EUR', principalMinor: 40_000n, oldestDueDate: '2026-09-01', invoices: [], openedAt: clock.now() };
    const contacts = { debtorIdentityId: '00000000-0000-4000-8000-000000000000', channels: ['LETTER' as const, 'EMAIL' as const, 'PHONE' as const], phones: ['+3225551234'], emails: ['d@example.be'], address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } };
    const template = CasePlan.screened(CasePlan.caseOpened(newPlan('00000000-0000-4000-8000-000000000000'), facts).plan, 'clear', contacts, playbook.scenarioFor(facts, contacts, DUE_AT.slice(0, 10))).plan;
    const firstStep = playbook.steps(template.scenario!, false)[0]!;
    await uow.run((tx) => tx.plans.save([template]));
    const setupStart = performance.now();
    await dataSource.query(`
      INSERT INTO case_plans (case_id, state, debtor_identity_id, snapshot)
      SELECT id, 'active', debtor, jsonb_set(jsonb_set(p.snapshot, '{caseId}', to_jsonb(id::text)), '{contacts,debtorIdentityId}', to_jsonb(debtor::text))
      FROM case_plans p, LATERAL (SELECT gen_random_uuid() AS id, gen_random_uuid() AS debtor FROM generate_series(1, $1)) g
      WHERE p.case_id = '00000000-0000-4000-8000-000000000000'`, [PLANS]);
    await dataSource.query(`DELETE FROM case_plans WHERE case_id = '00000000-0000-4000-8000-000000000000'`);
    await dataSource.query(`
      INSERT INTO plan_timers (case_id, step_index, step_id, due_at)
      SELECT case_id, 0, $1, CASE WHEN row_number() OVER () <= $2 THEN $3::timestamptz ELSE $3::timestamptz + interval '30 days' END FROM case_plans`, [firstStep.id, DUE, DUE_AT]);
    await dataSource.query('VACUUM ANALYZE case_plans');
    await dataSource.query('VACUUM ANALYZE plan_timers');
    const setupS = +((performance.now() - setupStart) / 1000).toFixed(1);

    // 2. The idle scanner: nothing due (the clock an hour before the due instant), one pass per interval.
    clock.set(new Date(Date.parse(DUE_AT) - 3_600_000));
    const idleCpu = process.cpuUsage();
    const idleBackend = new BackendCpu();
    idleBackend.start(await backendPids());
    let idlePasses = 0;
    const idleEnd = performance.now() + IDLE_SECONDS * 1000;
    while (performance.now() < idleEnd) {
      await fireDueSteps(uow, playbook, clock, BATCH);
      idlePasses += 1;
      await new Promise((resolve) => setTimeout(resolve, IDLE_INTERVAL_MS));
    }
    const idleNodeCpuS = (process.cpuUsage(idleCpu).user + process.cpuUsage(idleCpu).system) / 1e6;
    const idlePgCpuS = idleBackend.stop(await backendPids());
    const idleCorePercent = +(((idleNodeCpuS + idlePgCpuS) / IDLE_SECONDS) * 100).toFixed(2);
    // Each idle pass is one transaction: BEGIN, the claim query, COMMIT.
    const idleQueriesPerS = +((idlePasses * 3) / IDLE_SECONDS).toFixed(1);

    // 3. Fire the due timers: WORKERS scanners racing, as replicas would.
    clock.set(DUE_AT);
    const phases = new PhaseTimer();
    for (const method of ['claimDue', 'finish', 'reschedule', 'schedule']) phases.wrap(SqlTimerStore.prototype, method, `timers.${method}`);
    for (const method of ['lock', 'save']) phases.wrap(SqlPlanStore.prototype, method, `plans.${method}`);
    for (const method of ['historyOf', 'sentOf', 'recordSent', 'recordDecisions']) phases.wrap(SqlActionLog.prototype, method, `actions.${method}`);
    phases.wrap(OutboxDunningPublisher.prototype, 'stepRequested', 'events.stepRequested');
    const fireCpu = process.cpuUsage();
    const fireBackend = new BackendCpu();
    fireBackend.start(await backendPids());
    const fireStart = performance.now();
    const fired = await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        let count = 0;
        for (;;) {
          const report = await fireDueSteps(uow, playbook, clock, BATCH);
          const handled = report.fired + report.moved + report.skipped + report.cancelled;
          count += report.fired;
          if (handled === 0) return count;
        }
      }),
    );
    const fireMs = performance.now() - fireStart;
    phases.restore();
    const fireCpuS = { node: +((process.cpuUsage(fireCpu).user + process.cpuUsage(fireCpu).system) / 1e6).toFixed(2), postgres: fireBackend.stop(await backendPids()) };
    const phaseLabels = ['timers.claimDue', 'plans.lock', 'actions.historyOf', 'actions.sentOf', 'timers.finish', 'timers.reschedule', 'timers.schedule', 'plans.save', 'actions.recordSent', 'actions.recordDecisions', 'events.stepRequested'];
    const phaseMs = Object.fromEntries(phaseLabels.map((label) => [label, Math.round(phases.ms(label))]));
    console.log('firing CPU seconds:', JSON.stringify(fireCpuS), 'phases (ms, summed over workers):', JSON.stringify(phaseMs));
    const firedTotal = fired.reduce((sum, count) => sum + count, 0);

    // 4. Raw baseline: the same claim (indexed select with SKIP LOCKED) and update, nothing else.
    await dataSource.query(`INSERT INTO plan_timers (case_id, step_index, step_id, due_at, state) SELECT case_id, 99, 'raw', $1, 'cancelled' FROM plan_timers WHERE step_index = 0 AND state = 'fired'`, [DUE_AT]);
    await dataSource.query(`CREATE TABLE raw_timers AS SELECT id, due_at, 'pending'::text AS state FROM plan_timers WHERE step_id = 'raw'`);
    await dataSource.query(`CREATE INDEX ON raw_timers (due_at) WHERE state = 'pending'`);
    await dataSource.query(`ANALYZE raw_timers`);
    const rawStart = performance.now();
    const rawCounts = await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        let count = 0;
        for (;;) {
          const rows = await dataSource.transaction(async (manager) => {
            const claimed: Array<{ id: string }> = await manager.query(`SELECT id FROM raw_timers WHERE state = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`, [DUE_AT, BATCH]);
            if (claimed.length > 0) await manager.query(`UPDATE raw_timers SET state = 'fired' WHERE id = ANY($1::bigint[])`, [claimed.map((row) => row.id)]);
            return claimed.length;
          });
          count += rows;
          if (rows === 0) return count;
        }
      }),
    );
    const rawMs = performance.now() - rawStart;
    const rawTotal = rawCounts.reduce((sum, count) => sum + count, 0);

    // 5. Exactly once.
    const [{ sent, distinctSent }] = await dataSource.query(`SELECT count(*)::int AS sent, count(DISTINCT case_id)::int AS "distinctSent" FROM sent_actions`);
    const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM outbox_messages`);
    const [{ fromTimers }] = await dataSource.query(`SELECT count(*)::int AS "fromTimers" FROM plan_timers WHERE step_index = 0 AND state = 'fired'`);
    const [{ earlyFired }] = await dataSource.query(`SELECT count(*)::int AS "earlyFired" FROM plan_timers WHERE step_index = 0 AND state = 'fired' AND due_at > $1`, [DUE_AT]);
    const checks = {
      everyDueTimerFiredOnce: firedTotal === DUE && sent === DUE && distinctSent === DUE && fromTimers === DUE,
      oneEventPerStep: events === DUE,
      nothingFiredEarly: earlyFired === 0,
      rawBaselineClaimedEachOnce: rawTotal === DUE,
    };
    const result = {
      benchmark: 'dunning-timers',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, loadAverage: loadavg().map((load) => +load.toFixed(2)) },
      parameters: { plans: PLANS, due: DUE, batch: BATCH, workers: WORKERS, setupSeconds: setupS },
      firing: { seconds: +(fireMs / 1000).toFixed(2), stepsPerS: rate(DUE, fireMs), cpuSeconds: fireCpuS, phaseMs },
      rawSelectAndUpdate: { seconds: +(rawMs / 1000).toFixed(2), timersPerS: rate(DUE, rawMs), ratio: +(rawMs / fireMs).toFixed(3) },
      idle: { seconds: IDLE_SECONDS, passes: idlePasses, queriesPerS: idleQueriesPerS, cpuSeconds: { node: +idleNodeCpuS.toFixed(3), postgres: idlePgCpuS }, corePercent: idleCorePercent },
      targets: {
        stepsPerS: { target: TARGETS.stepsPerSAtLeast, met: rate(DUE, fireMs) >= TARGETS.stepsPerSAtLeast },
        idleCorePercent: { target: TARGETS.idleCorePercentBelow, met: idleCorePercent < TARGETS.idleCorePercentBelow },
      },
      checks,
    };
    console.table({
      'fire due steps': { count: DUE, seconds: result.firing.seconds, perSecond: result.firing.stepsPerS, target: TARGETS.stepsPerSAtLeast, met: result.targets.stepsPerS.met },
      'raw select-and-update': { count: DUE, seconds: result.rawSelectAndUpdate.seconds, perSecond: result.rawSelectAndUpdate.timersPerS, target: '', met: '' },
    });
    console.log(`idle scanner: ${idlePasses} passes in ${IDLE_SECONDS} s, ${idleQueriesPerS} queries/s, ${idleCorePercent}% of a core (target < ${TARGETS.idleCorePercentBelow}%)`);
    console.log('checks:', JSON.stringify(checks));
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    const file = join(__dirname, 'results', `dunning-timers-${PLANS}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${file}`);
    if (Object.values(checks).includes(false)) {
      console.error('FAILED: a timer was lost, doubled or fired early (see checks)');
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
