import { type DynamicModule, Module } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObjectStore, ObjectStoreModule, type ObjectStoreEnv } from '@collections/object-store';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule, OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { BankStatementsController } from './adapters/http/bank-statements.controller';
import { CreditorAccountsController } from './adapters/http/creditor-accounts.controller';
import { GATEWAY_SIGNATURE_OPTIONS, GatewayReceiptsController } from './adapters/http/gateway-receipts.controller';
import { ReceiptCoalescer } from './adapters/http/receipt-coalescer';
import { ReceiptsOpsController } from './adapters/http/receipts-ops.controller';
import { RefundsController } from './adapters/http/refunds.controller';
import { CaseEventsConsumer } from './adapters/messaging/case-events.consumer';
import { RemittanceDeadlineMetric } from './adapters/metrics/remittance-deadline.metric';
import { ObjectStoreDocumentArchive } from './adapters/object-store/object-store.document-archive';
import { AGENCY_ACCOUNT, AGENCY_CURRENCY_ACCOUNTS, Pain001PayoutFileRenderer } from './adapters/payout-files/payout-file.renderer';
import { PAYMENTS_MIGRATIONS } from './adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from './adapters/persistence/typeorm-unit-of-work';
import { PaymentsSchedule, SCHEDULE_INTERVAL_MS } from './adapters/scheduling/payments-schedule';
import { PayoutFileRenderer } from './application/ports/creditor-accounts.port';
import { DocumentArchive } from './application/ports/document-archive.port';
import { UnitOfWork } from './application/ports/payments-transaction.port';
import type { PaymentsConfig } from './config/payments.config';

/**
 * Composition root of the payments service: binds ports to adapters, holds no logic. The object
 * store comes from the OBJECT_STORE* variables unless a test passes one.
 */
@Module({})
export class PaymentsModule {
  static forRoot(config: PaymentsConfig, objectStore: ObjectStore | ObjectStoreEnv = process.env): DynamicModule {
    return {
      module: PaymentsModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'payments',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        // Remittance statements and fee invoices for the creditor to download (intake reads them); libs/object-store/README.md.
        ObjectStoreModule.forRoot(objectStore),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: PAYMENTS_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'payments',
        }),
        // The group the topic registry lists for every topic payments reads, so its retry and dead-letter topics exist.
        MessagingModule.forRoot({ service: 'payments', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL, consumerGroup: 'payments.ledger' }),
      ],
      controllers: [GatewayReceiptsController, BankStatementsController, ReceiptsOpsController, CreditorAccountsController, RefundsController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: config.operatorToken },
        OperatorAuthGuard,
        TypeOrmUnitOfWork,
        { provide: UnitOfWork, useExisting: TypeOrmUnitOfWork },
        { provide: GATEWAY_SIGNATURE_OPTIONS, useValue: { secrets: config.gatewaySecrets, toleranceS: config.GATEWAY_SIGNATURE_TOLERANCE_S } },
        { provide: AGENCY_ACCOUNT, useValue: { name: config.AGENCY_NAME, iban: config.AGENCY_IBAN, bic: config.AGENCY_BIC } },
        { provide: AGENCY_CURRENCY_ACCOUNTS, useValue: config.agencyCurrencyAccounts },
        { provide: PayoutFileRenderer, useClass: Pain001PayoutFileRenderer },
        { provide: DocumentArchive, useClass: ObjectStoreDocumentArchive },
        { provide: SCHEDULE_INTERVAL_MS, useValue: config.SCHEDULE_INTERVAL_MS },
        PaymentsSchedule,
        RemittanceDeadlineMetric,
        ReceiptCoalescer,
        CaseEventsConsumer,
      ],
    };
  }
}
