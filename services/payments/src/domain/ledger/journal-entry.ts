import type { BalanceComponent, InvoiceRef } from '../allocation';
import type { Money } from '../money';
import type { LedgerAccount } from './account';
import { JournalEntryUnbalancedError, LedgerInputInvalidError } from './ledger.errors';

export type EntryKind =
  | 'CLAIM_OPENED'
  | 'CHARGES_APPLIED'
  | 'PAYMENT_SUSPENDED'
  | 'PAYMENT_ALLOCATED'
  | 'REVERSAL'
  | 'WRITE_OFF'
  | 'REFUND_PAID'
  | 'COMMISSION'
  | 'REMITTANCE'
  | 'DIRECT_PAYMENT';

/**
 * One leg of a journal entry. The amount is signed: positive debits the account, negative
 * credits it, so an entry balances exactly when its legs sum to zero per currency, and a
 * reversal is the same legs negated.
 */
export interface Posting {
  /** `<entryId>#<leg>`: stable, so a replayed entry yields the same rows. */
  readonly id: string;
  readonly caseId: string;
  readonly entryId: string;
  readonly account: LedgerAccount;
  readonly component?: BalanceComponent;
  readonly invoice?: InvoiceRef;
  readonly amountMinor: bigint;
  readonly currency: string;
  /** ISO 8601 instant, from the caller's clock. */
  readonly occurredAt: string;
  readonly kind: EntryKind;
  /** What caused the entry: the event id, payment id or settlement id. */
  readonly source: string;
  /** On a reversal: the entry it cancels. */
  readonly reverses?: string;
}

/** What every entry builder is told by the caller: ids and time are never made up here. */
export interface EntryHeader {
  readonly caseId: string;
  readonly entryId: string;
  readonly occurredAt: string;
  readonly source: string;
}

export interface JournalEntry extends EntryHeader {
  readonly kind: EntryKind;
  readonly postings: readonly Posting[];
}

export interface Leg {
  readonly account: LedgerAccount;
  readonly component?: BalanceComponent;
  readonly invoice?: InvoiceRef;
  readonly amount: Money;
}

type LegTags = Pick<Leg, 'component' | 'invoice'>;

export function debit(account: LedgerAccount, amount: Money, tags: LegTags = {}): Leg {
  return { account, ...tags, amount };
}

export function credit(account: LedgerAccount, amount: Money, tags: LegTags = {}): Leg {
  return { account, ...tags, amount: { ...amount, amountMinor: -amount.amountMinor } };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Turns legs into postings, or refuses an entry that does not balance in every currency. */
export function journalEntry(header: EntryHeader, kind: EntryKind, legs: readonly Leg[], reverses?: string): JournalEntry {
  assertHeader(header);
  // A zero leg says nothing and would make "every posting moves money" untrue.
  const moving = legs.filter((leg) => leg.amount.amountMinor !== 0n);
  const postings = moving.map(
    (leg, index): Posting => ({
      id: `${header.entryId}#${index + 1}`,
      caseId: header.caseId,
      entryId: header.entryId,
      account: leg.account,
      ...(leg.component ? { component: leg.component } : {}),
      ...(leg.invoice ? { invoice: leg.invoice } : {}),
      amountMinor: leg.amount.amountMinor,
      currency: leg.amount.currency,
      occurredAt: header.occurredAt,
      kind,
      source: header.source,
      ...(reverses ? { reverses } : {}),
    }),
  );
  if (postings.length < 2) throw new LedgerInputInvalidError(`journal entry ${header.entryId} moves no money`);
  const imbalances = imbalancesOf(postings);
  if (imbalances.length > 0) throw new JournalEntryUnbalancedError(header.entryId, imbalances);
  return { ...header, kind, postings };
}

/** Net debit per currency that is not zero; empty for a balanced set of postings. */
export function imbalancesOf(postings: readonly Posting[]): { currency: string; netDebitMinor: bigint }[] {
  const net = new Map<string, bigint>();
  for (const p of postings) net.set(p.currency, (net.get(p.currency) ?? 0n) + p.amountMinor);
  return [...net].filter(([, amount]) => amount !== 0n).map(([currency, netDebitMinor]) => ({ currency, netDebitMinor }));
}

function assertHeader(header: EntryHeader): void {
  for (const field of ['caseId', 'entryId', 'source'] as const) {
    if (header[field].trim() === '') throw new LedgerInputInvalidError(`journal entry ${field} is empty`);
  }
  if (!ISO_INSTANT.test(header.occurredAt) || Number.isNaN(Date.parse(header.occurredAt))) {
    throw new LedgerInputInvalidError(`occurredAt ${header.occurredAt} is not an ISO 8601 instant`);
  }
}
