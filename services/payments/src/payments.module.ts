import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule } from '@collections/service-runtime';
import { PAYMENTS_MIGRATIONS } from './adapters/persistence/migrations';
import type { PaymentsConfig } from './config/payments.config';

/** Composition root of the payments service: binds ports to adapters, holds no logic. */
@Module({})
export class PaymentsModule {
  static forRoot(config: PaymentsConfig): DynamicModule {
    return {
      module: PaymentsModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'payments',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: PAYMENTS_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'payments',
        }),
        MessagingModule.forRoot({ service: 'payments', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL }),
      ],
    };
  }
}
