import { createThrowawayDatabase, openMigrated, type ThrowawayDatabase, waitFor } from '@collections/testing';
import type { DataSource } from 'typeorm';
import { DUNNING_MIGRATIONS } from '../../src/adapters/persistence/migrations';
import { SqlScenarioStore } from '../../src/adapters/persistence/sql-scenario.store';
import { DEFAULT_SCENARIOS } from '../../src/domain/scenario/default-scenarios';

const small = DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'nl-b2c-small')!;
const standard = DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'nl-b2c-standard')!;

describe('SqlScenarioStore (real PostgreSQL)', () => {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;
  let store: SqlScenarioStore;

  beforeAll(async () => {
    database = await createThrowawayDatabase('dunning-scenarios');
    dataSource = await openMigrated(database.url, { migrations: DUNNING_MIGRATIONS, poolSize: 4 });
    store = new SqlScenarioStore(dataSource.manager);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('writes versions once, reads them back as they were (amounts as bigints), and lists the latest active one per id', async () => {
    const saved = await store.save({ ...small, version: 2 }, 'jane');
    expect(saved).toMatchObject({ active: true, createdBy: 'jane', createdAt: expect.any(Date) });
    expect(saved.scenario).toEqual({ ...small, version: 2 });
    await store.save({ ...small, version: 3 });
    await store.save({ ...standard, version: 2, amountBand: { minEurMinor: 50_000n, maxEurMinor: 10n ** 15n } });
    await expect(store.save({ ...small, version: 3 })).rejects.toThrow(/pk_scenarios/);

    expect((await store.find('nl-b2c-small', 3))?.createdBy).toBeUndefined();
    expect(await store.find('nl-b2c-small', 1)).toBeUndefined();
    expect((await store.find('nl-b2c-standard', 2))?.scenario.amountBand).toEqual({ minEurMinor: 50_000n, maxEurMinor: 10n ** 15n });
    expect((await store.listActiveLatest()).map((row) => `${row.scenario.id}@${row.scenario.version}`)).toEqual(['nl-b2c-small@3', 'nl-b2c-standard@2']);
    expect((await store.listAll()).map((row) => `${row.scenario.id}@${row.scenario.version}`)).toEqual(['nl-b2c-small@2', 'nl-b2c-small@3', 'nl-b2c-standard@2']);
  });

  it('deactivates every version of an id, and records a default never stored as inactive', async () => {
    await store.deactivate('nl-b2c-small', { ...small, version: 3 }, 'jane');
    const retiredDefault = DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'nl-b2b')!;
    await store.deactivate('nl-b2b', retiredDefault, 'jane');
    expect((await store.listAll()).map((row) => [`${row.scenario.id}@${row.scenario.version}`, row.active])).toEqual([
      ['nl-b2b@1', false],
      ['nl-b2c-small@2', false],
      ['nl-b2c-small@3', false],
      ['nl-b2c-standard@2', true],
    ]);
    expect((await store.listActiveLatest()).map((row) => row.scenario.id)).toEqual(['nl-b2c-standard']);
  });

  it('refuses a definition that is not the version its key says', async () => {
    await expect(dataSource.query(`INSERT INTO scenarios (id, version, definition) VALUES ('x', 1, '{"id":"y","version":1}')`)).rejects.toThrow(/ck_scenarios__definition_matches_key/);
  });

  it('runs changes one at a time across connections', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = store.exclusively(async () => {
      order.push('first in');
      await held;
      order.push('first out');
    });
    await waitFor('the first change holds the lock', () => order.includes('first in'));
    const second = store.exclusively(async () => {
      order.push('second in');
    });
    await waitFor('the second change waits for the lock', async () => Number((await dataSource.query(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`))[0].count) === 1);
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });
});
