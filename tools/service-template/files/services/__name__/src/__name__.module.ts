import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule } from '@collections/service-runtime';
import { __NAME___MIGRATIONS } from './adapters/persistence/migrations';
import type { __Name__Config } from './config/__name__.config';

/** Composition root of the __name__ service: binds ports to adapters, holds no logic. */
@Module({})
export class __Name__Module {
  static forRoot(config: __Name__Config): DynamicModule {
    return {
      module: __Name__Module,
      imports: [
        ObservabilityModule.forRoot({
          service: '__name__',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: __NAME___MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: '__name__',
        }),
        MessagingModule.forRoot({ service: '__name__', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL }),
      ],
    };
  }
}
