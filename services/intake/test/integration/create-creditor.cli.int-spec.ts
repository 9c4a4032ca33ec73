import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createThrowawayDatabase, openMigrated, type ThrowawayDatabase } from '@collections/testing';
import type { DataSource } from 'typeorm';
import { INTAKE_MIGRATIONS } from '../../src/adapters/persistence/migrations';
import { SqlCreditorDirectory } from '../../src/adapters/persistence/sql-creditor.directory';

const ROOT = join(__dirname, '../../../..');
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['-r', '@swc-node/register', 'services/intake/src/cli/create-creditor.cli.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });

describe('the operator command that creates a creditor (real PostgreSQL)', () => {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createThrowawayDatabase('intake-cli');
    dataSource = await openMigrated(database.url, { migrations: INTAKE_MIGRATIONS });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('creates the creditor and prints a first key that authenticates, storing only its hash', async () => {
    const result = run(['--name', 'Acme Energy SA', '--fee-minor', '1500', '--fee-currency', 'EUR'], { DATABASE_URL: database.url });

    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(await new SqlCreditorDirectory(dataSource).authenticate(printed.apiKey)).toBe(printed.creditorId);
    const [stored] = await dataSource.query(`SELECT c.name, c.registration_fee_minor, k.secret_sha256 FROM creditors c JOIN creditor_api_keys k ON k.creditor_id = c.id`);
    expect(stored).toMatchObject({ name: 'Acme Energy SA', registration_fee_minor: '1500' });
    expect(stored.secret_sha256.toString('utf8')).not.toContain(printed.apiKey.split('_')[2]);
  });

  it('refuses a half-given fee and says why', () => {
    const result = run(['--name', 'Acme', '--fee-minor', '1500'], { DATABASE_URL: database.url });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--fee-currency');
  });
});
