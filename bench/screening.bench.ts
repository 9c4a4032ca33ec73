/**
 * Debtor-screening benchmark (not a test): a register of 1,000,000 special-situation entries loaded
 * from a generated CSV through the register importer (the code behind POST /ops/registers/{source}/imports
 * and `npm run screening:import-register`), then debtors screened against it through the screening use
 * case (the code behind each CaseOpened: identity, register candidates, fuzzy scoring, verdict, DebtorScreened
 * in the outbox), beside a raw indexed lookup baseline (one identifier lookup per debtor) in the same run.
 *
 *   npm run bench:screening                                   # 1,000,000 register rows, 20,000 debtors
 *   BENCH_REGISTER_ROWS=200000 BENCH_DEBTORS=5000 npm run bench:screening
 *
 * Runs in-process on a throwaway database; no broker is needed (events stop at the outbox, as they
 * do inside the consumer's transaction). Debtors are screened BENCH_BATCH per transaction, as the
 * consumer applies a chunk of messages per transaction, by BENCH_WORKERS concurrent workers (one per
 * partition a replica consumes). Mix: 40% exact (national number), 30% fuzzy (name respelled, with
 * birth date and postcode), 30% not in the register. Checks nothing was lost or doubled (register
 * rows, one verdict per case, exact matches all found); the run fails if so. Targets are reported,
 * never asserted. Writes bench/results/screening-<rows>.json.
 */
import { createReadStream, createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fromBinary } from '@bufbuild/protobuf';
import { FixedClock } from '@collections/clock';
import { DebtorScreenedSchema, ScreeningVerdict } from '@collections/contracts';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createDataSource } from '@collections/persistence';
import { createThrowawayDatabase } from '@collections/testing';
import { DEBTOR_SCREENING_MIGRATIONS } from '../services/debtor-screening/src/adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from '../services/debtor-screening/src/adapters/persistence/typeorm-unit-of-work';
import { CsvRegisterFeed } from '../services/debtor-screening/src/adapters/register-files/csv-register.feed';
import { RegisterImporter } from '../services/debtor-screening/src/application/commands/import-register/import-register';
import { screenCases, type CaseToScreen } from '../services/debtor-screening/src/application/commands/screen-case/screen-case';
import { SqlDebtorIdentityStore } from '../services/debtor-screening/src/adapters/persistence/sql-debtor-identity.store';
import { SqlMatchStore } from '../services/debtor-screening/src/adapters/persistence/sql-match.store';
import { SqlRegisterStore } from '../services/debtor-screening/src/adapters/persistence/sql-register.store';
import { SqlRegisterImportLog } from '../services/debtor-screening/src/adapters/persistence/sql-register-import.log';
import { OutboxVerdictPublisher } from '../services/debtor-screening/src/adapters/messaging/debtor-screened.publisher';
import { BackendCpu, PhaseTimer } from './intake/phase-timer';
import { registerCsv, registerPerson, respell } from './screening/register-rows';

const REGISTER_ROWS = Number(process.env.BENCH_REGISTER_ROWS ?? 1_000_000);
const DEBTORS = Number(process.env.BENCH_DEBTORS ?? 20_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const SEED = Number(process.env.BENCH_SEED ?? 20_261_123);
const TARGETS = { debtorsPerSAtLeast: 1_000, registerRowsPerSAtLeast: 20_000 };
const TODAY = '2026-11-23';

const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);
const seconds = (ms: number) => +(ms / 1000).toFixed(2);

type Kind = 'exact' | 'fuzzy' | 'absent';

/** The i-th debtor: which register entry it is (exact: same national number; fuzzy: respelled, no number), or nobody. */
function debtor(i: number): { kind: Kind; toScreen: CaseToScreen; entryIndex?: number } {
  const kind: Kind = i % 10 < 4 ? 'exact' : i % 10 < 7 ? 'fuzzy' : 'absent';
  const entryIndex = kind === 'exact' ? ((i * 7919) % (REGISTER_ROWS / 2)) * 2 : kind === 'fuzzy' ? ((i * 7919) % (REGISTER_ROWS / 2)) * 2 + 1 : undefined;
  const caseId = randomUUID();
  const person = entryIndex === undefined ? undefined : registerPerson(SEED, entryIndex);
  const names = person ? (kind === 'fuzzy' ? respell(person, i) : { givenNames: person.givenNames, familyName: person.familyName }) : { givenNames: `Nobody${i}`, familyName: `Unknown${i}` };
  const country = person?.country ?? 'BE';
  const postalCode = person?.postalCode ?? String(1000 + (i % 8999));
  return {
    kind,
    entryIndex,
    toScreen: {
      caseId,
      creditorId: '00000000-0000-4000-8000-00000000c0de',
      openedAt: new Date(`${TODAY}T09:00:00Z`),
      eventId: randomUUID(),
      debtor: { kind: 'person', country, postalCodes: [postalCode], ...names, birthDate: person?.birthDate ?? '1975-06-15', ...(kind === 'exact' ? { nationalId: person!.nationalId } : {}) },
      contacts: { addresses: [{ lines: ['Main Street 1'], postalCode, locality: 'Town', country }], phones: [], emails: [`debtor${i}@example.com`], country },
    },
  };
}

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_screening');
  const dataSource = await createDataSource({ url: database.url, poolSize: WORKERS + 2, migrations: DEBTOR_SCREENING_MIGRATIONS }).initialize();
  await dataSource.runMigrations();
  const clock = new FixedClock(`${TODAY}T09:00:00Z`);
  const uow = new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/debtor-screening', now: () => clock.now(), lookup: catalogLookup }));
  try {
    // 1. Register load from a file on disk (written first, untimed), with the wall-clock time of each store call.
    const registerFile = join(tmpdir(), `screening-bench-register-${REGISTER_ROWS}-${SEED}.csv`);
    await pipeline(registerCsv(SEED, REGISTER_ROWS), createWriteStream(registerFile));
    const loadPhases = new PhaseTimer();
    for (const method of ['existing', 'upsert']) loadPhases.wrap(SqlRegisterStore.prototype, method, `registers.${method}`);
    for (const method of ['debtorsNear', 'debtorsMatching']) loadPhases.wrap(SqlMatchStore.prototype, method, `matches.${method}`);
    loadPhases.wrap(SqlRegisterImportLog.prototype, 'progress', 'imports.progress');
    const backendPids = async () => (await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((row: { pid: number }) => row.pid);
    const loadBackendCpu = new BackendCpu();
    loadBackendCpu.start(await backendPids());
    const loadCpu = process.cpuUsage();
    const loadStart = performance.now();
    const report = await new RegisterImporter(uow, clock).run({
      source: 'BE.bench-situations',
      kind: 'situations',
      feed: new CsvRegisterFeed('bench.csv', createReadStream(registerFile), { kind: 'situations', today: TODAY }),
    });
    const loadMs = performance.now() - loadStart;
    rmSync(registerFile, { force: true });
    const loadCpuS = { node: +((process.cpuUsage(loadCpu).user + process.cpuUsage(loadCpu).system) / 1e6).toFixed(2), postgres: loadBackendCpu.stop(await backendPids()) };
    console.log('register load CPU seconds:', JSON.stringify(loadCpuS));
    loadPhases.restore();
    const loadPhaseMs = Object.fromEntries(['registers.existing', 'registers.upsert', 'matches.debtorsNear', 'matches.debtorsMatching', 'imports.progress'].map((label) => [label, Math.round(loadPhases.ms(label))]));
    console.log('register load phases (ms):', JSON.stringify(loadPhaseMs));
    const [{ count: storedEntries }] = await dataSource.query(`SELECT count(*)::int AS count FROM register_entries`);
    await dataSource.query('VACUUM ANALYZE register_entries');

    // 2. Raw indexed lookup baseline: one identifier lookup per debtor, same connections, same workers.
    const debtors = Array.from({ length: DEBTORS }, (_, i) => debtor(i));
    const rawStart = performance.now();
    let rawFound = 0;
    await inWorkers(debtors, async (slice) => {
      for (const one of slice) {
        const rows = await dataSource.query(`SELECT entry_id FROM register_entries WHERE identifier_key = $1`, [`nid:${one.toScreen.debtor.country}:${one.toScreen.debtor.nationalId ?? 'NONE'}`]);
        rawFound += rows.length;
      }
    });
    const rawMs = performance.now() - rawStart;

    // 3. Screening, with the wall-clock time of each store call (summed over workers).
    const phases = new PhaseTimer();
    for (const method of ['lockKeys', 'findByKeys', 'create', 'attachKeys', 'recordCases']) phases.wrap(SqlDebtorIdentityStore.prototype, method, `identities.${method}`);
    for (const method of ['profiles', 'saveProfiles', 'saveMatches', 'matchesOf', 'saveCaseScreenings']) phases.wrap(SqlMatchStore.prototype, method, `matches.${method}`);
    phases.wrap(SqlRegisterStore.prototype, 'candidatesFor', 'registers.candidatesFor');
    phases.wrap(OutboxVerdictPublisher.prototype, 'publish', 'verdicts.publish');
    const screenStart = performance.now();
    await inWorkers(debtors, async (slice) => {
      for (let i = 0; i < slice.length; i += BATCH) {
        await uow.run(async (tx) => {
          await screenCases(tx, slice.slice(i, i + BATCH).map((one) => one.toScreen), TODAY);
        });
      }
    });
    const screenMs = performance.now() - screenStart;
    phases.restore();
    const phaseLabels = ['identities.lockKeys', 'identities.findByKeys', 'identities.create', 'identities.attachKeys', 'identities.recordCases', 'matches.profiles', 'matches.saveProfiles',
      'registers.candidatesFor', 'matches.saveMatches', 'matches.matchesOf', 'matches.saveCaseScreenings', 'verdicts.publish'];
    const phaseMs = Object.fromEntries(phaseLabels.map((label) => [label, Math.round(phases.ms(label))]));

    // 4. Nothing lost or doubled, and what was found.
    const verdicts: Array<{ message_key: string; payload: Buffer }> = await dataSource.query(`SELECT message_key, payload FROM outbox_messages WHERE event_type = $1`, [DebtorScreenedSchema.typeName]);
    const byCase = new Map(verdicts.map((row) => [row.message_key, fromBinary(DebtorScreenedSchema, row.payload)]));
    const tally = { exact: { total: 0, found: 0 }, fuzzy: { total: 0, found: 0, review: 0 }, absent: { total: 0, flagged: 0 } };
    for (const one of debtors) {
      const screened = byCase.get(one.toScreen.caseId);
      const flagged = screened !== undefined && screened.findings.some((finding) => finding.source === 'BE.bench-situations');
      if (one.kind === 'exact') tally.exact.found += Number(flagged && screened!.verdict !== ScreeningVerdict.NEEDS_REVIEW);
      if (one.kind === 'fuzzy') {
        tally.fuzzy.found += Number(flagged && screened!.verdict !== ScreeningVerdict.NEEDS_REVIEW);
        tally.fuzzy.review += Number(flagged && screened!.verdict === ScreeningVerdict.NEEDS_REVIEW);
      }
      if (one.kind === 'absent') tally.absent.flagged += Number(flagged);
      tally[one.kind].total += 1;
    }
    const checks = {
      registerRowsStored: storedEntries === REGISTER_ROWS && report.added === REGISTER_ROWS && report.rejected === 0,
      oneVerdictPerCase: verdicts.length === DEBTORS && byCase.size === DEBTORS,
      everyExactMatchFound: tally.exact.found === tally.exact.total,
      rawLookupsFoundEveryExact: rawFound === tally.exact.total,
    };
    const result = {
      benchmark: 'debtor-screening',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, loadAverage: loadavg().map((load) => +load.toFixed(2)) },
      parameters: { registerRows: REGISTER_ROWS, debtors: DEBTORS, batch: BATCH, workers: WORKERS, seed: SEED },
      registerLoad: { seconds: seconds(loadMs), rowsPerS: rate(REGISTER_ROWS, loadMs), added: report.added, rejected: report.rejected, phaseMs: loadPhaseMs, cpuSeconds: loadCpuS },
      rawIndexedLookup: { seconds: seconds(rawMs), lookupsPerS: rate(DEBTORS, rawMs) },
      screening: { seconds: seconds(screenMs), debtorsPerS: rate(DEBTORS, screenMs), ratioToRawLookup: +(rawMs / screenMs).toFixed(3), ...tally, phaseMs },
      targets: {
        debtorsPerS: { target: TARGETS.debtorsPerSAtLeast, met: rate(DEBTORS, screenMs) >= TARGETS.debtorsPerSAtLeast },
        registerRowsPerS: { target: TARGETS.registerRowsPerSAtLeast, met: rate(REGISTER_ROWS, loadMs) >= TARGETS.registerRowsPerSAtLeast },
      },
      checks,
    };
    console.table({
      'register load': { count: REGISTER_ROWS, seconds: result.registerLoad.seconds, perSecond: result.registerLoad.rowsPerS, target: TARGETS.registerRowsPerSAtLeast, met: result.targets.registerRowsPerS.met },
      'raw indexed lookup': { count: DEBTORS, seconds: result.rawIndexedLookup.seconds, perSecond: result.rawIndexedLookup.lookupsPerS, target: '', met: '' },
      'debtors screened': { count: DEBTORS, seconds: result.screening.seconds, perSecond: result.screening.debtorsPerS, target: TARGETS.debtorsPerSAtLeast, met: result.targets.debtorsPerS.met },
    });
    console.log('matches:', JSON.stringify(tally), 'checks:', JSON.stringify(checks));
    console.log('screening phases (ms, summed over workers):', JSON.stringify(phaseMs));
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    const file = join(__dirname, 'results', `screening-${REGISTER_ROWS}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${file}`);
    if (Object.values(checks).includes(false)) {
      console.error('FAILED: something was lost or doubled (see checks)');
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
    // BENCH_KEEP_DATABASE=1 leaves the loaded register behind, to EXPLAIN the queries against it.
    if (process.env.BENCH_KEEP_DATABASE === '1') console.log(`kept ${database.url}`);
    else await database.drop();
  }
}

/** Splits the debtors over WORKERS concurrent workers, each on its own connection at a time. */
async function inWorkers<T>(items: T[], work: (slice: T[]) => Promise<void>): Promise<void> {
  const size = Math.ceil(items.length / WORKERS);
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => work(items.slice(w * size, (w + 1) * size))));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
