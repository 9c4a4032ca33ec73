import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule } from '@collections/service-runtime';
import { CONTACT_CENTER_MIGRATIONS } from './adapters/persistence/migrations';
import type { ContactCenterConfig } from './config/contact-center.config';

/** Composition root of the contact-center service: binds ports to adapters, holds no logic. */
@Module({})
export class ContactCenterModule {
  static forRoot(config: ContactCenterConfig): DynamicModule {
    return {
      module: ContactCenterModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'contact-center',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: CONTACT_CENTER_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'contact-center',
        }),
        MessagingModule.forRoot({ service: 'contact-center', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL }),
      ],
    };
  }
}
