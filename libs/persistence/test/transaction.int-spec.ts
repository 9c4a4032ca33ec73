import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@collections/testing';
import { createDataSource, inTransaction } from '../src';

/**
 * inTransaction sends no isolation level of its own (one round trip less per transaction); the
 * connection's default makes it READ COMMITTED. Proven on a database whose own default is stricter.
 */
describe('inTransaction (real PostgreSQL)', () => {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createThrowawayDatabase('persistence_tx');
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${database.name}" SET default_transaction_isolation = 'serializable'`);
    await admin.end();
    dataSource = await createDataSource({ url: database.url, poolSize: 2 }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('runs READ COMMITTED even where the database defaults to SERIALIZABLE', async () => {
    const plain = new Client({ connectionString: database.url });
    await plain.connect();
    const [outside] = (await plain.query('SHOW default_transaction_isolation')).rows;
    await plain.end();
    expect(outside.default_transaction_isolation).toBe('serializable');

    const [inside] = await inTransaction(dataSource, (manager) => manager.query('SHOW transaction_isolation'));
    expect(inside.transaction_isolation).toBe('read committed');
  });

  it('commits the work, or rolls all of it back when it throws', async () => {
    await dataSource.query('CREATE TABLE tx_probe (n int PRIMARY KEY)');
    await inTransaction(dataSource, async (manager) => {
      await manager.query('INSERT INTO tx_probe VALUES (1)');
      await manager.query('INSERT INTO tx_probe VALUES (2)');
    });
    await expect(
      inTransaction(dataSource, async (manager) => {
        await manager.query('INSERT INTO tx_probe VALUES (3)');
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const rows: Array<{ n: number }> = await dataSource.query('SELECT n FROM tx_probe ORDER BY n');
    expect(rows.map((row) => row.n)).toEqual([1, 2]);
  });
});
