/**
 * What the creditor sees of a case as it happens: an entry per thing that happened, when, what, and
 * by which role. Entries come from every service's events; `details` keeps what the creditor may
 * know of each (never the debtor data screening found, never an agent's internal note).
 */
export type TimelineRole = 'agency' | 'agent' | 'debtor' | 'creditor' | 'system';

export interface TimelineEntry {
  caseId: string;
  eventId: string;
  eventType: string;
  kind: string;
  role: TimelineRole;
  occurredAt: Date;
  details: Record<string, unknown>;
}

/** Fields of an event the creditor must not see, by event type (debtor contact data screening found, its identity key). */
export const WITHHELD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'collections.v1.DebtorScreened': ['contacts', 'debtorIdentityId', 'identity'],
  'collections.v1.DebtorStatusChanged': ['debtorIdentityId'],
  'collections.v1.NotificationSent': ['providerMessageId'],
  'collections.v1.NotificationFailed': ['detail'],
};
