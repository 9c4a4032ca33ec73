/**
 * Operator command: loads a register file (CSV, layout in src/adapters/register-files/README.md).
 *
 *   npm run screening:import-register -- --source BE.central-individual-debt-register --kind situations --file rcd.csv \
 *     [--report report.json] [--database-url URL]
 *
 * The same as POST /ops/registers/{source}/imports, for files too big to upload comfortably. The
 * database must be migrated (the service does it at start-up with DATABASE_MIGRATE_ON_START=true).
 * DebtorStatusChanged events go to the outbox; the running service relays them to Kafka.
 * Prints the report's counts and first bad rows; `--report` writes the whole report as JSON.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SystemClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createDataSource } from '@collections/persistence';
import { RegisterImporter, utcDate } from '../application/commands/import-register/import-register';
import { TypeOrmUnitOfWork } from '../adapters/persistence/typeorm-unit-of-work';
import { CsvRegisterFeed } from '../adapters/register-files/csv-register.feed';
import { REGISTER_KINDS, type RegisterKind } from '../domain/registers/register-entry';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, kind: { type: 'string' }, file: { type: 'string' }, report: { type: 'string' }, 'database-url': { type: 'string' } },
  });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!values.source || !/^[A-Z]{2}\.[a-z0-9][a-z0-9-]{1,79}$/.test(values.source)) throw new Error('--source must be a country code, a dot and a lower-case name (e.g. BE.central-individual-debt-register)');
  if (!REGISTER_KINDS.includes(values.kind as RegisterKind)) throw new Error(`--kind must be one of ${REGISTER_KINDS.join(', ')}`);
  if (!values.file) throw new Error('--file is required');
  if (!url) throw new Error('--database-url (or DATABASE_URL) is required');
  const kind = values.kind as RegisterKind;

  const clock = new SystemClock();
  const dataSource = await createDataSource({ url, poolSize: 2 }).initialize();
  try {
    const outbox = new OutboxWriter({ source: '/collections/debtor-screening', now: () => clock.now(), lookup: catalogLookup });
    const importer = new RegisterImporter(new TypeOrmUnitOfWork(dataSource, outbox), clock);
    const feed = new CsvRegisterFeed(basename(values.file), createReadStream(values.file), { kind, today: utcDate(clock.now()) });
    const report = await importer.run({ source: values.source, kind, feed });
    if (values.report) await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
    const { problems, ...counts } = report;
    process.stdout.write(`${JSON.stringify(counts)}\n`);
    for (const problem of problems.slice(0, 20)) process.stderr.write(`row ${problem.row}${problem.field ? ` (${problem.field})` : ''}: ${problem.code}: ${problem.reason}\n`);
    if (report.problemsTotal > 20) process.stderr.write(`... ${report.problemsTotal - 20} more problem(s)${values.report ? ` in ${values.report}` : '; pass --report to keep them all'}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
