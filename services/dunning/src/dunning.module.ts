import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule, OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { DataSource } from 'typeorm';
import { CasePlansController } from './adapters/http/case-plans.controller';
import { ScenariosController } from './adapters/http/scenarios.controller';
import { CaseEventsConsumer } from './adapters/messaging/case-events.consumer';
import { DeliveryEventsConsumer } from './adapters/messaging/delivery-events.consumer';
import { DUNNING_MIGRATIONS } from './adapters/persistence/migrations';
import { SqlScenarioStore } from './adapters/persistence/sql-scenario.store';
import { TypeOrmUnitOfWork } from './adapters/persistence/typeorm-unit-of-work';
import { DomainPlaybook, SCENARIO_REFRESH_INTERVAL_MS } from './adapters/playbook/domain-playbook';
import { TIMER_SCANNER_OPTIONS, TimerScanner } from './adapters/scheduling/timer-scanner';
import { UnitOfWork } from './application/ports/dunning-transaction.port';
import { Playbook } from './application/ports/playbook.port';
import { ScenarioCatalogueCache, ScenarioStore } from './application/ports/scenario-store.port';
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
        // The group the topic registry lists for every topic dunning reads, so its retry and dead-letter topics exist.
        MessagingModule.forRoot({ service: 'dunning', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL, consumerGroup: 'dunning.case-plans' }),
      ],
      controllers: [CasePlansController, ScenariosController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: config.operatorToken },
        OperatorAuthGuard,
        TypeOrmUnitOfWork,
        { provide: UnitOfWork, useExisting: TypeOrmUnitOfWork },
        { provide: Playbook, useClass: DomainPlaybook },
        { provide: ScenarioStore, inject: [DataSource], useFactory: (dataSource: DataSource) => new SqlScenarioStore(dataSource.manager) },
        // The playbook holds this process's scenario catalogue; a change made here reloads it at once.
        { provide: ScenarioCatalogueCache, useExisting: Playbook },
        { provide: SCENARIO_REFRESH_INTERVAL_MS, useValue: config.SCENARIO_REFRESH_INTERVAL_MS },
        { provide: TIMER_SCANNER_OPTIONS, useValue: { intervalMs: config.TIMER_SCAN_INTERVAL_MS, batchSize: config.TIMER_BATCH_SIZE } },
        TimerScanner,
        CaseEventsConsumer,
        DeliveryEventsConsumer,
      ],
    };
  }
}
