/**
 * Payments benchmark (not a test).
 *
 * 1. Gateway receipts: signed webhooks posted over HTTP (the service's controller, validation pipe
 *    and signature check, on a real socket) at a steady offered rate of payments, 1 % of them sent
 *    twice on top (so requests arrive 1 % faster);
 *    latency p50/p99 per request and receipts allocated per second.
 * 2. Bank statement: a camt.053 file of 100,000 credit entries with OGM references, streamed as the
 *    service does it (read, hashed and checked whole while its credits wait on disk, then booked in chunks: matched,
 *    allocated, evented through the outbox): entries/s from the first byte to the report; then the
 *    reader alone on the same file, for where the time goes.
 *
 *   npm run bench:payments                                   # 10,000 receipts at 500/s, 100,000 entries
 *   BENCH_RECEIPTS=3000 BENCH_RATE=500 BENCH_ENTRIES=20000 npm run bench:payments
 *
 * In-process on a throwaway database; no broker (events stop at the outbox). Afterwards checks the
 * ledger invariants: every stored balance equals its postings, no receipt allocated twice or lost,
 * money in = allocated + refunds. Writes bench/results/payments.json. Targets are reported, never
 * asserted.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock, SystemClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createValidationPipe } from '@collections/observability';
import { createDataSource } from '@collections/persistence';
import { createThrowawayDatabase } from '@collections/testing';
import { FileCreditSpool } from '../services/payments/src/adapters/bank-statements/file-credit-spool';
import { streamStatementCredits } from '../services/payments/src/adapters/bank-statements/statement-credits';
import { GATEWAY_SIGNATURE_OPTIONS, GatewayReceiptsController } from '../services/payments/src/adapters/http/gateway-receipts.controller';
import { ReceiptCoalescer } from '../services/payments/src/adapters/http/receipt-coalescer';
import { PAYMENTS_MIGRATIONS } from '../services/payments/src/adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from '../services/payments/src/adapters/persistence/typeorm-unit-of-work';
import { importBankStatement } from '../services/payments/src/application/commands/import-bank-statement';
import { openCaseAccount } from '../services/payments/src/application/commands/open-case-account';
import { UnitOfWork } from '../services/payments/src/application/ports/payments-transaction.port';
import { checkLedgerConsistency } from '../services/payments/src/application/queries/ledger-consistency';
import { ogmReference, writeCamtImportFile } from './camt-import-data';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const DUPLICATE_EVERY = 100;
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 500);
const TARGETS = { receiptsPerSAtLeast: 500, p99MsAtMost: 50, entriesPerSAtLeast: 5_000 };
const SECRET = 'bench-gateway-secret-000000001';
const caseId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function percentile(sorted: number[], p: number): number {
  return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2);
}

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_payments');
  const dataSource = await createDataSource({ url: database.url, poolSize: 12, migrations: PAYMENTS_MIGRATIONS }).initialize();
  await dataSource.runMigrations();
  const clock = new SystemClock();
  const uow = new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/payments', now: () => clock.now(), lookup: catalogLookup }));
  let app: INestApplication | undefined;
  const workDir = mkdtempSync(join(tmpdir(), 'bench-payments-'));
  try {
    // Cases with balances large enough that every payment is allocated, none overpays.
    const setupStart = performance.now();
    for (let start = 0; start < CASES; start += 500) {
      await uow.run(async (tx) => {
        for (let i = start; i < Math.min(start + 500, CASES); i += 1) {
          await openCaseAccount(tx, { caseId: caseId(i), creditorId: caseId(9_000_000 + (i % 50)), country: 'BE', category: 'B2C', debtorName: `Debtor ${i}`, partialPayments: [], invoices: [{ number: `F-${i}`, issueDate: '2026-01-01', dueDate: '2026-02-01', principal: { amountMinor: 1_000_000_000n, currency: 'EUR' } }] }, clock.now());
        }
      });
    }
    // The bank file's i-th entry quotes ogmReference(i): give those references to the cases.
    for (let start = 0; start < ENTRIES; start += 10_000) {
      const refs = Array.from({ length: Math.min(10_000, ENTRIES - start) }, (_, k) => ogmReference(start + k));
      await dataSource.query(`INSERT INTO payment_references (reference, case_id, kind) SELECT r, ('00000000-0000-4000-8000-' || lpad(((n - 1 + $2) % $3)::text, 12, '0'))::uuid, 'OGM' FROM unnest($1::text[]) WITH ORDINALITY AS t(r, n)`, [refs, start, CASES]);
    }
    await dataSource.query('VACUUM ANALYZE');
    const setupS = +((performance.now() - setupStart) / 1000).toFixed(1);

    // 1. Gateway receipts over HTTP at a steady rate.
    @Module({
      controllers: [GatewayReceiptsController],
      providers: [
        { provide: UnitOfWork, useValue: uow },
        ReceiptCoalescer,
        { provide: Clock, useValue: clock },
        { provide: GATEWAY_SIGNATURE_OPTIONS, useValue: { secrets: new Map([['bench', SECRET]]), toleranceS: 300 } },
      ],
    })
    class BenchModule {}
    app = await NestFactory.create(BenchModule, { logger: false, rawBody: true });
    app.useGlobalPipes(createValidationPipe());
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const gateway = (bodies: string[], rate: number) =>
      new Promise<{ latencies: number[]; outcomes: Record<string, number>; seconds: number }>((resolve, reject) => {
        const worker = new Worker(join(__dirname, 'gateway-load.worker.ts'), { execArgv: ['-r', '@swc-node/register'], workerData: { port, secret: SECRET, rate, bodies } });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    const bodyOf = (i: number) => JSON.stringify({ paymentId: `pay-${i}`, caseId: caseId(i % CASES), amount: { amountMinor: String(1_000 + (i % 5_000)), currency: 'EUR' }, method: 'CARD', paidAt: clock.now().toISOString() });
    // Warm-up (connections, JIT), not measured: payments of their own, on the same cases.
    await gateway(Array.from({ length: WARM_UP }, (_, i) => bodyOf(RECEIPTS + i)), RATE);
    const bodies: string[] = [];
    for (let i = 0; i < RECEIPTS; i += 1) {
      bodies.push(bodyOf(i));
      if (i % DUPLICATE_EVERY === DUPLICATE_EVERY - 1) bodies.push(bodyOf(i)); // the gateway retries 1 %
    }
    // The gateway's retries come on top of the payments: unique payments are offered at RATE.
    const load = await gateway(bodies, (RATE * bodies.length) / RECEIPTS);
    const latencies = load.latencies;
    const outcomes = new Map(Object.entries(load.outcomes));
    const gatewayS = load.seconds;
    latencies.sort((a, b) => a - b);

    // 2. A bank statement of ENTRIES credits.
    const file = await writeCamtImportFile(join(workDir, 'statement.xml'), { entries: ENTRIES });
    // As the service does it: read, hashed and checked whole (credits spooled to disk), then booked; from the file's first byte to the report.
    const importStart = performance.now();
    const hash = createHash('sha256');
    const hashed = (async function* () {
      for await (const chunk of createReadStream(file.path) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        yield chunk;
      }
    })();
    const streamed = streamStatementCredits(hashed);
    const report = await importBankStatement(uow, { batches: streamed.batches, name: () => 'bench.xml', sha256: () => hash.digest('hex') }, clock.now(), new FileCreditSpool(workDir));
    const importS = (performance.now() - importStart) / 1000;
    // The reader alone on the same file, afterwards (for where the time goes; not part of the figure).
    const parseStart = performance.now();
    for await (const batch of streamStatementCredits(createReadStream(file.path)).batches) void batch;
    const parseS = (performance.now() - parseStart) / 1000;

    // 3. Invariants.
    const consistency = await checkLedgerConsistency(uow);
    const [counts] = await dataSource.query(`
      SELECT (SELECT count(*) FROM receipts WHERE source = 'gateway')::int AS gateway_receipts,
             (SELECT count(*) FROM receipts WHERE source = 'bank')::int AS bank_receipts,
             (SELECT count(*) FROM (SELECT source FROM ledger_postings WHERE kind = 'PAYMENT_ALLOCATED' GROUP BY source HAVING count(DISTINCT entry_id) > 1) d)::int AS allocated_twice,
             (SELECT coalesce(sum(amount_minor), 0) FROM receipts WHERE state = 'allocated')::text AS money_in,
             (SELECT coalesce(sum(amount_minor), 0) FROM ledger_postings WHERE kind = 'PAYMENT_ALLOCATED' AND account = 'CLEARING')::text AS clearing_debited,
             (SELECT coalesce(-sum(amount_minor), 0) FROM ledger_postings WHERE kind = 'PAYMENT_ALLOCATED' AND account IN ('CREDITOR_PAYABLE', 'REFUND_LIABILITY'))::text AS allocated_plus_refunds`);
    const bankTotal = await dataSource.query(`SELECT coalesce(sum(amount_minor), 0)::text AS total FROM receipts WHERE source = 'bank'`);
    const checks = {
      ledgerConsistent: consistency.consistent,
      everyGatewayPaymentOnce: counts.gateway_receipts === RECEIPTS + WARM_UP,
      everyBankEntryOnce: counts.bank_receipts === ENTRIES && report.allocated === ENTRIES,
      bankTotalMatchesFile: BigInt(bankTotal[0].total) === file.totalMinor,
      noReceiptAllocatedTwice: counts.allocated_twice === 0,
      moneyInEqualsAllocatedPlusRefunds: counts.money_in === counts.clearing_debited && counts.money_in === counts.allocated_plus_refunds,
    };
    const receiptsPerS = Math.round(RECEIPTS / gatewayS);
    const result = {
      benchmark: 'payments',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg().map((value) => +value.toFixed(2)) },
      setup: { cases: CASES, seconds: setupS },
      gateway: {
        offeredPerS: RATE, offeredRequestsPerS: +((RATE * bodies.length) / RECEIPTS).toFixed(1), warmUpRequests: WARM_UP, requests: bodies.length, uniquePayments: RECEIPTS, duplicates: bodies.length - RECEIPTS, seconds: +gatewayS.toFixed(2), receiptsPerS,
        latencyMs: { p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99), max: +latencies[latencies.length - 1]!.toFixed(2) }, outcomes: Object.fromEntries(outcomes),
      },
      bankStatement: { entries: ENTRIES, fileMB: +(statSync(file.path).size / 1e6).toFixed(1), importSeconds: +importS.toFixed(2), entriesPerS: Math.round(ENTRIES / importS), readerAloneSeconds: +parseS.toFixed(2), readerAlonePerS: Math.round(ENTRIES / parseS), report: { allocated: report.allocated, suspense: report.suspense, duplicates: report.duplicates } },
      invariants: { ...checks, casesChecked: consistency.casesChecked },
      targets: {
        receiptsPerS: { target: TARGETS.receiptsPerSAtLeast, met: receiptsPerS >= TARGETS.receiptsPerSAtLeast },
        p99Ms: { target: TARGETS.p99MsAtMost, met: percentile(latencies, 99) <= TARGETS.p99MsAtMost },
        entriesPerS: { target: TARGETS.entriesPerSAtLeast, met: ENTRIES / importS >= TARGETS.entriesPerSAtLeast },
      },
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'payments.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.table({
      'gateway receipts': { count: RECEIPTS, perSecond: receiptsPerS, p50Ms: result.gateway.latencyMs.p50, p99Ms: result.gateway.latencyMs.p99, target: '500/s, p99 ≤ 50 ms', met: result.targets.receiptsPerS.met && result.targets.p99Ms.met },
      'camt.053 entries': { count: ENTRIES, perSecond: result.bankStatement.entriesPerS, p50Ms: '-', p99Ms: '-', target: '5000/s', met: result.targets.entriesPerS.met },
    });
    console.log(`camt streamed import ${result.bankStatement.entriesPerS}/s (reader alone ${result.bankStatement.readerAlonePerS}/s); load average ${result.machine.loadavg.join(' ')}; invariants ${JSON.stringify(checks)}`);
    if (Object.values(checks).some((ok) => !ok)) {
      console.error('FAILED: a ledger invariant does not hold (see invariants)');
      process.exitCode = 1;
    }
  } finally {
    await app?.close();
    await dataSource.destroy();
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

void main();
