import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { Clock } from '@collections/clock';
import { ClockModule, OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { RegisterImporter } from './application/commands/import-register/import-register';
import { UnitOfWork } from './application/ports/screening-transaction.port';
import { RegistersController } from './adapters/http/registers/registers.controller';
import { ReviewsController } from './adapters/http/reviews/reviews.controller';
import { IntakeCasesConsumer } from './adapters/messaging/intake-cases.consumer';
import { REGISTER_DATE_WATCH_INTERVAL_MS, RegisterDateWatchScheduler } from './adapters/scheduling/register-date-watch.scheduler';
import { DEBTOR_SCREENING_MIGRATIONS } from './adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from './adapters/persistence/typeorm-unit-of-work';
import type { DebtorScreeningConfig } from './config/debtor-screening.config';

/** Composition root of the debtor-screening service: binds ports to adapters, holds no logic. */
@Module({})
export class DebtorScreeningModule {
  static forRoot(config: DebtorScreeningConfig): DynamicModule {
    return {
      module: DebtorScreeningModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'debtor-screening',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: DEBTOR_SCREENING_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'debtor-screening',
        }),
        // The group the topic registry lists for intake.cases.v1, so its retry and dead-letter topics exist.
        MessagingModule.forRoot({ service: 'debtor-screening', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL, consumerGroup: 'debtor-screening.screening' }),
      ],
      controllers: [RegistersController, ReviewsController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: config.operatorToken },
        OperatorAuthGuard,
        TypeOrmUnitOfWork,
        { provide: UnitOfWork, useExisting: TypeOrmUnitOfWork },
        { provide: RegisterImporter, inject: [UnitOfWork, Clock], useFactory: (uow: UnitOfWork, clock: Clock) => new RegisterImporter(uow, clock) },
        IntakeCasesConsumer,
        { provide: REGISTER_DATE_WATCH_INTERVAL_MS, useValue: config.REGISTER_DATE_WATCH_INTERVAL_MS },
        RegisterDateWatchScheduler,
      ],
    };
  }
}
