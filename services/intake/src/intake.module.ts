import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { AttachDocumentHandler } from './application/commands/attach-document/attach-document.handler';
import { CreateCreditorHandler } from './application/commands/create-creditor/create-creditor.handler';
import { GiveInstructionHandler } from './application/commands/give-instruction/give-instruction.handler';
import { ReportDirectPaymentHandler } from './application/commands/report-direct-payment/report-direct-payment.handler';
import { ImportCasesHandler } from './application/commands/import-cases/import-cases';
import { SubmitCaseHandler } from './application/commands/submit-case/submit-case.handler';
import { WithdrawCaseHandler } from './application/commands/withdraw-case/withdraw-case.handler';
import { CaseImportStore } from './application/ports/case-import-store.port';
import { CaseReader } from './application/ports/case-reader.port';
import { ReportsController } from './adapters/http/timeline/reports.controller';
import { WebhooksController } from './adapters/http/webhooks/webhooks.controller';
import { SqlWebhookStore } from './adapters/persistence/sql-webhook.store';
import { WEBHOOK_DISPATCH_OPTIONS, WebhookDispatcher } from './adapters/scheduling/webhook-dispatcher';
import { TIMELINE_STREAM_POLL_MS, TimelineStreamController } from './adapters/http/timeline/timeline-stream.controller';
import { PortfolioReportQueries } from './adapters/persistence/portfolio-report.queries';
import { PendingDecisionsController, TimelineController } from './adapters/http/timeline/timeline.controller';
import { TimelineProjector } from './adapters/messaging/timeline.projector';
import { SqlTimelineStore } from './adapters/persistence/sql-timeline.store';
import { DocumentStore } from './application/ports/document-store.port';
import { CreditorDirectory } from './application/ports/creditor-directory.port';
import { UnitOfWork } from './application/ports/intake-transaction.port';
import { CaseImportRunner } from './adapters/bulk/case-import-runner';
import { ApiKeysController } from './adapters/http/api-keys.controller';
import { CreditorAuthGuard } from './adapters/http/auth/creditor-auth.guard';
import { ClockModule, OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { CASE_IMPORT_MAX_BYTES, CaseImportsController } from './adapters/http/case-imports/case-imports.controller';
import { CaseRecordsController, DOCUMENT_MAX_BYTES } from './adapters/http/cases/case-records.controller';
import { CasesController } from './adapters/http/cases/cases.controller';
import { OperatorController } from './adapters/http/operator/operator.controller';
import { ClaimSubmittedConsumer } from './adapters/messaging/claim-submitted.consumer';
import { answerUnreadableClaim } from './adapters/messaging/unreadable-claim.hook';
import { CaseImportQueries } from './adapters/persistence/case-import.queries';
import { CaseQueries } from './adapters/persistence/case.queries';
import { INTAKE_MIGRATIONS } from './adapters/persistence/migrations';
import { SqlCaseImportStore } from './adapters/persistence/sql-case-import.store';
import { SqlCaseReader } from './adapters/persistence/sql-case.reader';
import { SqlDocumentStore } from './adapters/persistence/sql-document.store';
import { SqlChannelDirectory } from './adapters/persistence/sql-channel.directory';
import { SqlConsultantDirectory } from './adapters/persistence/sql-consultant.directory';
import { SqlCreditorDirectory } from './adapters/persistence/sql-creditor.directory';
import { TypeOrmUnitOfWork } from './adapters/persistence/typeorm-unit-of-work';
import { MessageAttachments, ObjectStoreModule } from '@collections/object-store';
import { SendMessageHandler } from './application/commands/send-message/send-message.handler';
import { AttachmentStore } from './application/ports/case-messages.port';
import { MessagesController } from './adapters/http/messages/messages.controller';
import { SqlMessageQueries } from './adapters/persistence/sql-case-messages';
import type { IntakeConfig } from './config/intake.config';
import { PortalModule } from './adapters/http/portal/portal.module';

/** Composition root of the intake service: binds ports to adapters, holds no logic. */
@Module({})
export class IntakeModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'intake',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        // Shared with contact-center and notifications; configured by OBJECT_STORE* (libs/object-store/README.md).
        ObjectStoreModule.forRoot(process.env),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: INTAKE_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'intake',
        }),
        // The group the topic registry lists for intake.claims-inbound.v1, so its retry and dead-letter topics exist.
        MessagingModule.forRoot({
          service: 'intake',
          brokers: config.KAFKA_BROKERS,
          databaseUrl: config.DATABASE_URL,
          consumerGroup: 'intake.claim-intake',
          consumer: { onParked: answerUnreadableClaim },
        }),
        PortalModule.forRoot({ operatorToken: config.operatorToken, distDir: config.PORTAL_DIST_DIR, sessionLifetimes: config.portalSessionLifetimes, signInLimits: config.portalSignInLimits }),
      ],
      controllers: [CasesController, CaseRecordsController, CaseImportsController, ApiKeysController, OperatorController, TimelineController, PendingDecisionsController, TimelineStreamController, ReportsController, WebhooksController, MessagesController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: config.operatorToken },
        { provide: CASE_IMPORT_MAX_BYTES, useValue: config.caseImportMaxBytes },
        { provide: DOCUMENT_MAX_BYTES, useValue: config.documentMaxBytes },
        { provide: DocumentStore, useClass: SqlDocumentStore },
        { provide: CaseReader, useClass: SqlCaseReader },
        SqlTimelineStore,
        SqlWebhookStore,
        { provide: WEBHOOK_DISPATCH_OPTIONS, useValue: { intervalMs: config.WEBHOOK_DISPATCH_INTERVAL_MS } },
        WebhookDispatcher,
        PortfolioReportQueries,
        { provide: TIMELINE_STREAM_POLL_MS, useValue: 500 },
        TimelineProjector,
        AttachDocumentHandler,
        SendMessageHandler,
        SqlMessageQueries,
        { provide: AttachmentStore, useClass: MessageAttachments },
        GiveInstructionHandler,
        ReportDirectPaymentHandler,
        SqlCaseImportStore,
        { provide: CaseImportStore, useExisting: SqlCaseImportStore },
        CaseImportQueries,
        CaseImportRunner,
        ImportCasesHandler,
        { provide: UnitOfWork, useClass: TypeOrmUnitOfWork },
        TypeOrmUnitOfWork,
        { provide: CreditorDirectory, useClass: SqlCreditorDirectory },
        SqlConsultantDirectory,
        SqlChannelDirectory,
        CaseQueries,
        ClaimSubmittedConsumer,
        CreditorAuthGuard,
        OperatorAuthGuard,
        CreateCreditorHandler,
        SubmitCaseHandler,
        WithdrawCaseHandler,
      ],
    };
  }
}
