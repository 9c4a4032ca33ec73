import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule, OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { AgentAuthGuard } from './adapters/http/agent-auth.guard';
import { AgentController } from './adapters/http/agent.controller';
import { MessagesController } from './adapters/http/messages.controller';
import { OperationsController } from './adapters/http/operations.controller';
import { CaseEventsConsumer } from './adapters/messaging/case-events.consumer';
import { CONTACT_CENTER_MIGRATIONS } from './adapters/persistence/migrations';
import { SqlAgentDirectory } from './adapters/persistence/sql-agent.directory';
import { TypeOrmUnitOfWork } from './adapters/persistence/typeorm-unit-of-work';
import { AgentDirectory, AttachmentStore, UnitOfWork } from './application/ports/contact-center.ports';
import { MessageAttachments, ObjectStoreModule } from '@collections/object-store';
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
        // Shared with intake: message attachments; configured by OBJECT_STORE* (libs/object-store/README.md).
        ObjectStoreModule.forRoot(process.env),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: CONTACT_CENTER_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'contact-center',
        }),
        // The group the topic registry lists for every topic contact-center reads, so its retry and dead-letter topics exist.
        MessagingModule.forRoot({ service: 'contact-center', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL, consumerGroup: 'contact-center.work-queues' }),
      ],
      controllers: [AgentController, MessagesController, OperationsController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: config.operatorToken },
        OperatorAuthGuard,
        AgentAuthGuard,
        TypeOrmUnitOfWork,
        { provide: UnitOfWork, useExisting: TypeOrmUnitOfWork },
        { provide: AgentDirectory, useClass: SqlAgentDirectory },
        CaseEventsConsumer,
        { provide: AttachmentStore, useClass: MessageAttachments },
      ],
    };
  }
}
