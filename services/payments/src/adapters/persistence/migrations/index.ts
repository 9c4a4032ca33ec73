import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateLedger1700000200000 } from './1700000200000-create-ledger';
import { CreateCreditorAccounts1700000300000 } from './1700000300000-create-creditor-accounts';
import { CreateRefunds1700000400000 } from './1700000400000-create-refunds';
import { RecordRefundReturns1700000500000 } from './1700000500000-record-refund-returns';

/** Every migration of the payments database, in order. The outbox, inbox and dead-letter tables come first. */
export const PAYMENTS_MIGRATIONS = [CreateMessagingTables1700000000000, CreateLedger1700000200000, CreateCreditorAccounts1700000300000, CreateRefunds1700000400000, RecordRefundReturns1700000500000];
