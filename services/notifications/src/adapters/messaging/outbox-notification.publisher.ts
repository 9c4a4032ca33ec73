import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { Audience, ContactChannel, NotificationDeliveredSchema, NotificationFailedSchema, NotificationFailure, NotificationSentSchema } from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { NotificationPublisher, type Delivery } from '../../application/ports/delivery.ports';
import type { ArchivedDocument } from '../../application/ports/document-archive.port';
import type { FailureKind } from '../../domain/delivery/delivery';

const CHANNELS = { letter: ContactChannel.LETTER, email: ContactChannel.EMAIL, sms: ContactChannel.SMS } as const;
const AUDIENCES = { debtor: Audience.DEBTOR, creditor: Audience.CREDITOR } as const;
const FAILURES: Record<FailureKind, NotificationFailure> = {
  INVALID_RECIPIENT: NotificationFailure.INVALID_RECIPIENT,
  SUPPRESSED: NotificationFailure.SUPPRESSED,
  PROVIDER_ERROR: NotificationFailure.PROVIDER_ERROR,
  NOT_ALLOWED: NotificationFailure.NOT_ALLOWED,
  TEMPLATE_MISSING: NotificationFailure.TEMPLATE_MISSING,
};

/** notifications.deliveries.v1, keyed by case id, through the caller's transaction. */
export class OutboxNotificationPublisher extends NotificationPublisher {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async sent(sent: Array<{ delivery: Delivery; providerMessageId: string; document?: ArchivedDocument }>, at: Date): Promise<void> {
    await this.outbox.append(
      this.manager,
      sent.map(({ delivery, providerMessageId, document }) => ({
        schema: NotificationSentSchema,
        key: delivery.caseId,
        data: {
          caseId: delivery.caseId, notificationId: delivery.id, actionId: delivery.actionId, audience: AUDIENCES[delivery.audience], channel: CHANNELS[delivery.channel],
          templateKey: delivery.templateKey, language: delivery.language, sentAt: timestampFromDate(at), providerMessageId,
          ...(document ? { document: { ...document, sizeBytes: BigInt(document.sizeBytes) } } : {}),
        },
      })),
    );
  }

  async failed(delivery: Delivery, kind: FailureKind, permanent: boolean, detail: string): Promise<void> {
    await this.outbox.append(this.manager, [
      {
        schema: NotificationFailedSchema,
        key: delivery.caseId,
        data: { caseId: delivery.caseId, notificationId: delivery.id, actionId: delivery.actionId, audience: AUDIENCES[delivery.audience], channel: CHANNELS[delivery.channel], failure: FAILURES[kind], permanent, detail },
      },
    ]);
  }

  async delivered(delivery: Delivery, at: Date): Promise<void> {
    await this.outbox.append(this.manager, [
      { schema: NotificationDeliveredSchema, key: delivery.caseId, data: { caseId: delivery.caseId, notificationId: delivery.id, actionId: delivery.actionId, channel: CHANNELS[delivery.channel], deliveredAt: timestampFromDate(at) } },
    ]);
  }
}
