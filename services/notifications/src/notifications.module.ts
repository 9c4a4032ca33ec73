import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule } from '@collections/service-runtime';
import { NOTIFICATIONS_MIGRATIONS } from './adapters/persistence/migrations';
import type { NotificationsConfig } from './config/notifications.config';

/** Composition root of the notifications service: binds ports to adapters, holds no logic. */
@Module({})
export class NotificationsModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'notifications',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: NOTIFICATIONS_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'notifications',
        }),
        MessagingModule.forRoot({ service: 'notifications', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL }),
      ],
    };
  }
}
