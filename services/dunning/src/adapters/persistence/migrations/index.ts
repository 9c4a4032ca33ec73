import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateCasePlans1700000200000 } from './1700000200000-create-case-plans';
import { CreateScenarios1700000300000 } from './1700000300000-create-scenarios';

/** Every migration of the dunning database, in order. The outbox, inbox and dead-letter tables come first. */
export const DUNNING_MIGRATIONS = [CreateMessagingTables1700000000000, CreateCasePlans1700000200000, CreateScenarios1700000300000];
