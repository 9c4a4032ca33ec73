import { CreateMessagingTables1700000000000 } from '@collections/messaging';
import { CreateWorkQueues1700000200000 } from './1700000200000-create-work-queues';
import { CreateCaseMessages1700000300000 } from './1700000300000-create-case-messages';
import { AddCallbackTasks1700000400000 } from './1700000400000-add-callback-tasks';
import { CreateDeclinedCallbacks1700000500000 } from './1700000500000-create-declined-callbacks';

/** Every migration of the contact-center database, in order. The outbox, inbox and dead-letter tables come first. */
export const CONTACT_CENTER_MIGRATIONS = [CreateMessagingTables1700000000000, CreateWorkQueues1700000200000, CreateCaseMessages1700000300000, AddCallbackTasks1700000400000, CreateDeclinedCallbacks1700000500000];
