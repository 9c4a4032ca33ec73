import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateCreditorsAndCases1700000100000 } from './1700000100000-create-creditors-and-cases';

/** Every migration of the intake database, in order. The outbox, inbox and dead-letter tables come first. */
export const INTAKE_MIGRATIONS = [CreateMessagingTables1700000000000, CreateCreditorsAndCases1700000100000];
