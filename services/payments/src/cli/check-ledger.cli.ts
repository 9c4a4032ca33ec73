/**
 * Operator command: recomputes every case balance from its postings and compares it with the
 * balance kept beside them (and the refund owed to the debtor); lists every case that differs and
 * every entry whose legs no longer sum to zero. Reads only.
 *
 *   npm run payments:check-ledger -- [--database-url URL] [--report report.json]
 *
 * The same as POST /ops/ledger/consistency-check. Exits 0 when everything agrees, 2 when a
 * difference was found (so a cron job or a CI step can alert on it), 1 on an error.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SystemClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createDataSource } from '@collections/persistence';
import { TypeOrmUnitOfWork } from '../adapters/persistence/typeorm-unit-of-work';
import { checkLedgerConsistency } from '../application/queries/ledger-consistency';

const json = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item), 2);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'database-url': { type: 'string' }, report: { type: 'string' } } });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url) throw new Error('--database-url (or DATABASE_URL) is required');
  const clock = new SystemClock();
  const dataSource = await createDataSource({ url, poolSize: 2 }).initialize();
  try {
    const report = await checkLedgerConsistency(new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/payments', now: () => clock.now(), lookup: catalogLookup })));
    if (values.report) await writeFile(values.report, `${json(report)}\n`);
    process.stdout.write(`${JSON.stringify({ casesChecked: report.casesChecked, consistent: report.consistent, casesDiffering: report.problems.length })}\n`);
    for (const problem of report.problems.slice(0, 20)) process.stderr.write(`case ${problem.caseId}: ${json({ differences: problem.differences, unbalancedEntryIds: problem.unbalancedEntryIds, refundDue: problem.refundDue, refunds: problem.refunds })}\n`);
    process.exitCode = report.consistent ? 0 : 2;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
