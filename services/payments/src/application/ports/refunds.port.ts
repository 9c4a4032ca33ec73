import type { Money } from '../../domain/money';
import type { RefundBeneficiary } from '../../domain/refunds';

/** A refund paid back to a debtor, as kept: what was asked, what was paid, where, and the entry that booked it. */
export interface RefundRecord {
  refundId: string;
  /** The operator's Idempotency-Key: the same key again answers with this refund. */
  idempotencyKey: string;
  caseId: string;
  /** The amount asked for; absent when the operator asked for the whole refund due. */
  requested?: Money;
  amount: Money;
  beneficiary: RefundBeneficiary;
  /** The day the agency's bank is asked to pay (pain.001 ReqdExctnDt). */
  executionDate: string;
  /** The REFUND_PAID journal entry on the case's ledger. */
  entryId: string;
  issuedAt: string;
  /** The transfer came back: the refund is owed to the debtor again (REFUND_PAID reversed). */
  returned?: RefundReturned;
}

export interface RefundReturned {
  at: string;
  /** The bank's return reason code (`RtrInf/Rsn`, e.g. AC04 account closed), when it gave one. */
  reason?: string;
  /** The REVERSAL entry that undid REFUND_PAID. */
  entryId: string;
  /** The statement entry's key that brought the money back. */
  statementKey: string;
}

/** Refunds and their payment files, inside the caller's transaction. */
export abstract class RefundStore {
  abstract byIdempotencyKey(idempotencyKey: string): Promise<RefundRecord | undefined>;
  /** false when a refund with the same Idempotency-Key was recorded meanwhile. */
  abstract insert(refund: RefundRecord, paymentFile: string): Promise<boolean>;
  abstract forCase(caseId: string): Promise<RefundRecord[]>;
  /** The refunds of several cases (the consistency check), keyed by case id. */
  abstract forCases(caseIds: string[]): Promise<Map<string, RefundRecord[]>>;
  abstract paymentFile(refundId: string): Promise<string | undefined>;
  /** The refund, locked until the transaction ends (its return is decided once). */
  abstract lock(refundId: string): Promise<RefundRecord | undefined>;
  abstract markReturned(refundId: string, returned: RefundReturned): Promise<void>;
}
