import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { KafkaReadiness, MessagingModule } from '@collections/messaging';
import { ObjectStore, ObjectStoreModule, type ObjectStoreEnv } from '@collections/object-store';
import { ObservabilityModule } from '@collections/observability';
import { DatabaseReadiness, PersistenceModule } from '@collections/persistence';
import { ClockModule, OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { FileLetterPrinter, FileSmsSender } from './adapters/channels/local-sinks';
import { HttpSmsSender } from './adapters/channels/http-sms.sender';
import { SmtpEmailSender } from './adapters/channels/smtp-email.sender';
import { TemplateMessageComposer } from './adapters/composing/template-message.composer';
import { CALLBACK_TOKEN, DeliveryCallbacksController } from './adapters/http/delivery-callbacks.controller';
import { CreditorIdentitiesController } from './adapters/http/creditor-identities.controller';
import { DocumentsController } from './adapters/http/documents.controller';
import { PreviewController } from './adapters/http/preview.controller';
import { CreditorRequestsConsumer } from './adapters/messaging/creditor-requests.consumer';
import { NotificationRequestsConsumer } from './adapters/messaging/notification-requests.consumer';
import { ObjectStoreDocumentArchive } from './adapters/object-store/object-store.document-archive';
import { NOTIFICATIONS_MIGRATIONS } from './adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from './adapters/persistence/typeorm-unit-of-work';
import { CHANNELS, DELIVERY_WORKER_OPTIONS, DeliveryWorker } from './adapters/scheduling/delivery-worker';
import { MessageComposer, type Channels } from './application/commands/deliver-due';
import { UnitOfWork } from './application/ports/delivery.ports';
import { DocumentArchive } from './application/ports/document-archive.port';
import type { NotificationsConfig } from './config/notifications.config';

/**
 * Composition root of the notifications service: binds ports to adapters, holds no logic. The
 * object store comes from the OBJECT_STORE* variables unless a test passes one.
 */
@Module({})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Inject(CHANNELS) private readonly channels: Channels) {}

  /**
   * The SMTP pool keeps connections open between passes; they are closed here, which Nest runs after
   * every provider's own shutdown (the delivery worker has finished its last pass by then).
   */
  onApplicationShutdown(): void {
    this.channels.email.close();
  }

  static forRoot(config: NotificationsConfig, objectStore: ObjectStore | ObjectStoreEnv = process.env): DynamicModule {
    const channels: Channels = {
      email: new SmtpEmailSender({ url: config.SMTP_URL, from: config.MAIL_FROM }),
      sms: config.SMS_PROVIDER_URL ? new HttpSmsSender({ url: config.SMS_PROVIDER_URL, token: config.SMS_PROVIDER_TOKEN ?? '' }) : new FileSmsSender(config.SMS_SINK_DIR),
      letters: new FileLetterPrinter(config.LETTER_SINK_DIR),
    };
    return {
      module: NotificationsModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'notifications',
          logLevel: config.LOG_LEVEL,
          readiness: [DatabaseReadiness, KafkaReadiness],
        }),
        ClockModule.forRoot({ production: config.NODE_ENV === 'production' }),
        // Debtor letters for the creditor to download (intake reads them); libs/object-store/README.md.
        ObjectStoreModule.forRoot(objectStore),
        PersistenceModule.forRoot({
          url: config.DATABASE_URL,
          migrations: NOTIFICATIONS_MIGRATIONS,
          migrateOnStart: config.DATABASE_MIGRATE_ON_START,
          applicationName: 'notifications',
        }),
        // The group the topic registry lists for every topic notifications reads, so its retry and dead-letter topics exist.
        MessagingModule.forRoot({ service: 'notifications', brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL, consumerGroup: 'notifications.dispatch' }),
      ],
      controllers: [DeliveryCallbacksController, DocumentsController, PreviewController, CreditorIdentitiesController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: config.operatorToken },
        { provide: CALLBACK_TOKEN, useValue: config.callbackToken },
        OperatorAuthGuard,
        TypeOrmUnitOfWork,
        { provide: UnitOfWork, useExisting: TypeOrmUnitOfWork },
        { provide: MessageComposer, useClass: TemplateMessageComposer },
        { provide: DocumentArchive, useClass: ObjectStoreDocumentArchive },
        { provide: CHANNELS, useValue: channels },
        { provide: DELIVERY_WORKER_OPTIONS, useValue: { intervalMs: config.DELIVERY_INTERVAL_MS, batchSize: config.DELIVERY_BATCH_SIZE } },
        DeliveryWorker,
        NotificationRequestsConsumer,
        CreditorRequestsConsumer,
      ],
    };
  }
}
