import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateDeliveries1700000200000 } from './1700000200000-create-deliveries';

/** Every migration of the notifications database, in order. The outbox, inbox and dead-letter tables come first. */
export const NOTIFICATIONS_MIGRATIONS = [CreateMessagingTables1700000000000, CreateDeliveries1700000200000];
