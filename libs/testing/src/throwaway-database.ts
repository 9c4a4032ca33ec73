import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, dropDatabase, ensureDatabase, type DataSourceOptions } from '@collections/persistence';

export const TEST_DATABASE_SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

export interface ThrowawayDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database for one suite on the machine's PostgreSQL, dropped (forcefully) at the end. */
export async function createThrowawayDatabase(prefix: string, server = TEST_DATABASE_SERVER): Promise<ThrowawayDatabase> {
  const name = `t_${prefix.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const url = `${server.replace(/\/$/, '')}/${name}`;
  await ensureDatabase(url);
  return { url, name, drop: () => dropDatabase(url) };
}

/** Opens a DataSource on `url` and applies the given migrations. */
export async function openMigrated(url: string, options: Omit<DataSourceOptions, 'url'>): Promise<DataSource> {
  const dataSource = await createDataSource({ url, ...options }).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
