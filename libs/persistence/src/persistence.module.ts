import { DynamicModule, Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ensureDatabase } from './database-admin';
import { parseDatabaseUrl } from './database-url';
import { DatabaseReadiness } from './database-readiness';
import { type DataSourceOptions, createDataSource } from './data-source.factory';

export interface PersistenceModuleOptions extends DataSourceOptions {
  /** Create the database and apply pending migrations at start-up (local runs and tests). */
  migrateOnStart?: boolean;
}

const PERSISTENCE_OPTIONS = Symbol('PERSISTENCE_OPTIONS');

/**
 * Closes the pool in `onApplicationShutdown`, the last lifecycle hook Nest runs: consumers and the
 * outbox relay stop earlier (module destroy / before shutdown) and still need the database then.
 */
@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('Persistence');

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
      this.logger.log('database connections closed');
    }
  }
}

@Global()
@Module({})
export class PersistenceModule {
  static forRoot(options: PersistenceModuleOptions): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        { provide: PERSISTENCE_OPTIONS, useValue: options },
        {
          provide: DataSource,
          inject: [PERSISTENCE_OPTIONS],
          useFactory: async (opts: PersistenceModuleOptions) => {
            const logger = new Logger('Persistence');
            if (opts.migrateOnStart) {
              const created = await ensureDatabase(opts.url);
              if (created) logger.log(`created database ${parseDatabaseUrl(opts.url).display}`);
            }
            const dataSource = createDataSource(opts);
            await dataSource.initialize();
            if (opts.migrateOnStart) {
              const applied = await dataSource.runMigrations({ transaction: 'each' });
              logger.log(`migrations applied: ${applied.length}`);
            }
            return dataSource;
          },
        },
        DataSourceCloser,
        DatabaseReadiness,
      ],
      exports: [DataSource, DatabaseReadiness],
    };
  }
}


