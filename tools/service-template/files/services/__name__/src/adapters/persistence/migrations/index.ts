import { CreateMessagingTables1700000000000 } from '@collections/messaging';

/** Every migration of the __name__ database, in order. The outbox, inbox and dead-letter tables come first. */
export const __NAME___MIGRATIONS = [CreateMessagingTables1700000000000];
