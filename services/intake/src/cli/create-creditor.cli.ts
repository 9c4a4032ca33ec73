/**
 * Operator command: creates a creditor account and its first API key, printed once.
 *
 *   npm run intake:create-creditor -- --name "Acme Energy SA" [--fee-minor 1500 --fee-currency EUR] [--database-url URL]
 *
 * DATABASE_URL is read from the environment when the flag is absent; the database must be migrated
 * (the service migrates it at start-up with DATABASE_MIGRATE_ON_START=true, or `npm run db:migrate`).
 * The same is available over HTTP as POST /ops/creditors.
 */
import { parseArgs } from 'node:util';
import { createDataSource } from '@collections/persistence';
import { CreateCreditorHandler } from '../application/commands/create-creditor/create-creditor.handler';
import { SqlCreditorDirectory } from '../adapters/persistence/sql-creditor.directory';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, 'fee-minor': { type: 'string' }, 'fee-currency': { type: 'string' }, 'database-url': { type: 'string' } },
  });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!values.name?.trim()) throw new Error('--name is required');
  if (!url) throw new Error('--database-url (or DATABASE_URL) is required');
  const hasFee = values['fee-minor'] !== undefined || values['fee-currency'] !== undefined;
  if (hasFee && (!/^\d+$/.test(values['fee-minor'] ?? '') || !/^[A-Z]{3}$/.test(values['fee-currency'] ?? ''))) {
    throw new Error('--fee-minor must be a whole number of minor units and --fee-currency an ISO 4217 code, both or neither');
  }
  const dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
  try {
    const created = await new CreateCreditorHandler(new SqlCreditorDirectory(dataSource)).execute({
      name: values.name.trim(),
      registrationFee: hasFee ? { amountMinor: BigInt(values['fee-minor']!), currency: values['fee-currency']! } : undefined,
    });
    process.stdout.write(`${JSON.stringify({ creditorId: created.creditorId, keyId: created.apiKey.keyId, apiKey: created.apiKey.token })}\n`);
    process.stderr.write('Give the API key to the creditor now: it is not stored and cannot be shown again.\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
