import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

export interface DataSourceOptions {
  url: string;
  /** ORM entities of the service (TypeORM classes or schemas). */
  entities?: MixedList<string | (new () => unknown) | EntitySchema>;
  /** Migration classes, in order; the messaging tables' migration comes from @collections/messaging. */
  migrations?: MixedList<string | (new () => unknown)>;
  /** Connections in the pool; each consumer or relay holds at most one at a time. */
  poolSize?: number;
  applicationName?: string;
}

/**
 * One TypeORM DataSource per service database. Schemas change only through migrations
 * (`synchronize` is off and cannot be switched on here); names are snake_case.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName,
    extra: {
      max: options.poolSize ?? 10,
      // Fail fast when the database is unreachable, so the caller sees a transient error and retries,
      // instead of a request hanging on a pool that never hands out a connection.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Every transaction runs READ COMMITTED (inTransaction relies on it), whatever the server's or
      // the database's default: set once per connection instead of once per transaction.
      options: '-c default_transaction_isolation=read\\ committed',
    },
  });
}
