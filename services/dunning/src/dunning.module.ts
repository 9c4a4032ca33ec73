import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule } from '@collections/service-runtime';
import { DUNNING_MIGRATIONS } from './adapters/persistence/migrations';
import type { DunningConfig } from './config/dunning.config';

/** Composition root of the dunning service: binds ports to adapters, holds no logic. */
@Module({})
export class DunningModule {
  static forRoot(config: DunningConfig): DynamicModule {
    return {
      module: DunningModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'dunning',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: DUNNING_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'dunning',
        }),
        MessagingModule.forRoot({ service: 'dunning', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL }),
      ],
    };
  }
}
