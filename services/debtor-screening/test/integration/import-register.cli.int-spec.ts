import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createThrowawayDatabase, openMigrated, type ThrowawayDatabase } from '@collections/testing';
import type { DataSource } from 'typeorm';
import { DEBTOR_SCREENING_MIGRATIONS } from '../../src/adapters/persistence/migrations';

const ROOT = join(__dirname, '../../../..');
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['-r', '@swc-node/register', 'services/debtor-screening/src/cli/import-register.cli.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });

describe('the operator command that loads a register file (real PostgreSQL)', () => {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;
  let dir: string;

  beforeAll(async () => {
    database = await createThrowawayDatabase('screening-cli');
    dataSource = await openMigrated(database.url, { migrations: DEBTOR_SCREENING_MIGRATIONS });
    dir = mkdtempSync(join(tmpdir(), 'register-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads the good rows, prints the counts and the bad rows, and writes the whole report', async () => {
    const file = join(dir, 'companies.csv');
    writeFileSync(file, [
      'entry_id,subject_type,country,company_number,legal_name,legal_form,postal_code,status',
      'CBE-1,company,BE,0403170701,Brasserie Lambic,SA,1070,active',
      'CBE-2,company,BE,0403170702,Dupont Renovation,SRL,1000,liquidated',
      'CBE-3,company,BE,0403170703,Atelier Claes,SRL,2000,bankrupt',
    ].join('\n'));

    const result = run(['--source', 'BE.crossroads-bank-for-enterprises', '--kind', 'companies', '--file', file, '--report', join(dir, 'report.json')], { DATABASE_URL: database.url });

    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'completed', rowsRead: 3, added: 2, rejected: 1, fileName: 'companies.csv' });
    expect(result.stderr).toContain('row 3 (status)');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).problems).toEqual([expect.objectContaining({ row: 3, field: 'status' })]);
    const stored = await dataSource.query(`SELECT entry_id, status FROM register_entries WHERE source = 'BE.crossroads-bank-for-enterprises' ORDER BY entry_id`);
    expect(stored).toEqual([{ entry_id: 'CBE-1', status: 'active' }, { entry_id: 'CBE-3', status: 'bankrupt' }]);
  });

  it('refuses an unknown register kind and says which kinds exist', () => {
    const result = run(['--source', 'BE.x-register', '--kind', 'gossip', '--file', 'x.csv'], { DATABASE_URL: database.url });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--kind must be one of situations, persons, companies');
  });
});
