import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateDebtorIdentities1700000100000 } from './1700000100000-create-debtor-identities';

/** Every migration of the debtor-screening database, in order. The outbox, inbox and dead-letter tables come first. */
export const DEBTOR_SCREENING_MIGRATIONS = [CreateMessagingTables1700000000000, CreateDebtorIdentities1700000100000];
