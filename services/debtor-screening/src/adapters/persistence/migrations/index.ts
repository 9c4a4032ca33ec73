import { CreateMessagingTables1700000000000 } from '@collections/messaging';

/** Every migration of the debtor-screening database, in order. The outbox, inbox and dead-letter tables come first. */
export const DEBTOR_SCREENING_MIGRATIONS = [CreateMessagingTables1700000000000];
