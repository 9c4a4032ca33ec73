import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateDebtorIdentities1700000100000 } from './1700000100000-create-debtor-identities';
import { CreateRegisters1700000200000 } from './1700000200000-create-registers';
import { CreateRegisterDateWatch1700000300000 } from './1700000300000-create-register-date-watch';

/** Every migration of the debtor-screening database, in order. The outbox, inbox and dead-letter tables come first. */
export const DEBTOR_SCREENING_MIGRATIONS = [CreateMessagingTables1700000000000, CreateDebtorIdentities1700000100000, CreateRegisters1700000200000, CreateRegisterDateWatch1700000300000];
