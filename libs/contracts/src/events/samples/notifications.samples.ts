import { create, type Message } from '@bufbuild/protobuf';
import { ContactChannel } from '../../generated/collections/v1/common_pb';
import {
  Audience,
  NotificationDeliveredSchema,
  NotificationFailedSchema,
  NotificationFailure,
  NotificationSentSchema,
} from '../../generated/collections/v1/notifications_pb';
import { CASE_ID, instant } from './sample-values';

const NOTIFICATION_ID = 'b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e';
const ACTION_ID = '6f5e4d3c-2b1a-4098-8765-43210fedcba9';

export const notificationsSamples: readonly Message[] = [
  create(NotificationSentSchema, {
    caseId: CASE_ID,
    notificationId: NOTIFICATION_ID,
    actionId: ACTION_ID,
    audience: Audience.DEBTOR,
    channel: ContactChannel.LETTER,
    templateKey: 'be.b2c.first-reminder',
    language: 'fr-BE',
    sentAt: instant('2025-03-04T08:15:02Z'),
    providerMessageId: 'prov-0001-abcdef',
    document: {
      documentId: NOTIFICATION_ID,
      fileName: 'letter-be.b2c.first-reminder-2025-03-04.pdf',
      contentType: 'application/pdf',
      sizeBytes: 24_576n,
      objectKey: `letters/${CASE_ID}/${NOTIFICATION_ID}.pdf`,
    },
  }),
  create(NotificationFailedSchema, {
    caseId: CASE_ID,
    notificationId: NOTIFICATION_ID,
    actionId: ACTION_ID,
    audience: Audience.DEBTOR,
    channel: ContactChannel.EMAIL,
    failure: NotificationFailure.INVALID_RECIPIENT,
    permanent: true,
    detail: '550 5.1.1 mailbox unavailable',
  }),
  create(NotificationDeliveredSchema, {
    caseId: CASE_ID,
    notificationId: NOTIFICATION_ID,
    actionId: ACTION_ID,
    channel: ContactChannel.EMAIL,
    deliveredAt: instant('2025-03-04T08:15:09Z'),
  }),
];
