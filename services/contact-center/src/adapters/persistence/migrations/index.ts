import { CreateMessagingTables1700000000000 } from '@collections/messaging';

/** Every migration of the contact-center database, in order. The outbox, inbox and dead-letter tables come first. */
export const CONTACT_CENTER_MIGRATIONS = [CreateMessagingTables1700000000000];
