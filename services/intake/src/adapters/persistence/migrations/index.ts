import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateCreditorsAndCases1700000100000 } from './1700000100000-create-creditors-and-cases';
import { CreateChannelsAndClaims1700000200000 } from './1700000200000-create-channels-and-claims';
import { CreateCaseImports1700000300000 } from './1700000300000-create-case-imports';
import { CreateCaseRecords1700000400000 } from './1700000400000-create-case-records';
import { CreateTimeline1700000500000 } from './1700000500000-create-timeline';
import { CreateWebhooks1700000600000 } from './1700000600000-create-webhooks';
import { CreatePortalUsers1700000700000 } from './1700000700000-create-portal-users';
import { CreateCaseMessages1700000800000 } from './1700000800000-create-case-messages';
import { CreateTimelineDocuments1700000900000 } from './1700000900000-create-timeline-documents';
import { AddNextAction1700001000000 } from './1700001000000-add-next-action';
import { AddDirectPaymentReply1700001100000 } from './1700001100000-add-direct-payment-reply';
import { AddWebhookDeliveryLease1700001200000 } from './1700001200000-add-webhook-delivery-lease';
import { CreateDecisionChanges1700001300000 } from './1700001300000-create-decision-changes';
import { AddTimelineEntryTx1700001400000 } from './1700001400000-add-timeline-entry-tx';

/** Every migration of the intake database, in order. The outbox, inbox and dead-letter tables come first. */
export const INTAKE_MIGRATIONS = [
  CreateMessagingTables1700000000000,
  CreateCreditorsAndCases1700000100000,
  CreateChannelsAndClaims1700000200000,
  CreateCaseImports1700000300000,
  CreateCaseRecords1700000400000,
  CreateTimeline1700000500000,
  CreateWebhooks1700000600000,
  CreatePortalUsers1700000700000,
  CreateCaseMessages1700000800000,
  CreateTimelineDocuments1700000900000,
  AddNextAction1700001000000,
  AddDirectPaymentReply1700001100000,
  AddWebhookDeliveryLease1700001200000,
  CreateDecisionChanges1700001300000,
  AddTimelineEntryTx1700001400000,
];
