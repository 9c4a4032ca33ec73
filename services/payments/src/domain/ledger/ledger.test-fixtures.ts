import { allocationOrderFor } from '../allocation';
import { money, type Money } from '../money';
import type { ClaimOpening } from './claim-opened';
import type { EntryHeader, JournalEntry, Posting } from './journal-entry';

export const CASE_ID = 'case-1';
export const eur = (amountMinor: bigint): Money => money(amountMinor, 'EUR');

let counter = 0;
/** A header with a fresh entry id; the instant is fixed because nothing here depends on time. */
export function header(source = `event-${++counter}`, entryId = `entry-${++counter}`): EntryHeader {
  return { caseId: CASE_ID, entryId, occurredAt: '2025-03-01T10:00:00Z', source };
}

/** Two invoices (the second due first), interest, costs and one partial payment. */
export function sheet(overrides: Partial<ClaimOpening> = {}): ClaimOpening {
  return {
    invoices: [
      { number: 'INV-2', issueDate: '2024-02-01', dueDate: '2024-03-01', principal: eur(60_000n) },
      { number: 'INV-1', issueDate: '2024-01-01', dueDate: '2024-02-01', principal: eur(40_000n) },
    ],
    interest: eur(2_500n),
    costs: eur(1_500n),
    partialPayments: [],
    allocationOrder: allocationOrderFor('BE'),
    ...overrides,
  };
}

/** Appends entries the way a repository would, so each builder sees the ledger so far. */
export function post(ledger: readonly Posting[], ...entries: JournalEntry[]): Posting[] {
  return [...ledger, ...entries.flatMap((e) => e.postings)];
}
