import { randomUUID } from 'node:crypto';
import { reversalEntry } from '../../domain/ledger';
import type { MatchMethod, StoredReceipt } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';
import { allocateRecorded, type ReceiptOutcome } from './receive-payment';
import { resyncAccount } from './resync-account';

export class ReceiptNotFoundError extends Error {
  readonly code = 'PAYMENTS.RECEIPT_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly receiptId: string) {
    super(`no receipt ${receiptId}`);
  }
}

export class ReceiptStateConflictError extends Error {
  readonly code = 'PAYMENTS.RECEIPT_STATE_CONFLICT';
  readonly category = 'conflict';
  constructor(readonly receiptId: string, readonly state: string, action: string) {
    super(`receipt ${receiptId} is ${state}: it cannot be ${action}`);
  }
}

async function locked(tx: PaymentsTransaction, receiptId: string): Promise<StoredReceipt> {
  const receipt = await tx.receipts.lock(receiptId);
  if (!receipt) throw new ReceiptNotFoundError(receiptId);
  return receipt;
}

/** A cheque cleared: it counts from its clearing date, allocated like any payment. */
export async function clearCheque(tx: PaymentsTransaction, receiptId: string, clearedOn: string, now: Date): Promise<ReceiptOutcome> {
  const receipt = await locked(tx, receiptId);
  if (receipt.state !== 'pending') throw new ReceiptStateConflictError(receiptId, receipt.state, 'cleared');
  await tx.receipts.markState(receiptId, 'pending', clearedOn);
  return (await allocateRecorded(tx, [{ receipt: { ...receipt, valueDate: clearedOn } }], now))[0]!;
}

/**
 * A cheque bounced, a bank reversed a credit, a card payment was charged back: a pending cheque
 * simply never counts; money already allocated is taken back off the case by reversing its entry
 * exactly, and the balance is owed again.
 */
export async function reverseReceipt(tx: PaymentsTransaction, receiptId: string, now: Date): Promise<'bounced' | 'reversed'> {
  const receipt = await locked(tx, receiptId);
  if (receipt.state === 'pending') {
    await tx.receipts.markState(receiptId, 'bounced');
    return 'bounced';
  }
  if (receipt.state !== 'allocated' && receipt.state !== 'suspense') throw new ReceiptStateConflictError(receiptId, receipt.state, 'reversed');
  if (receipt.state === 'allocated') {
    const account = (await tx.accounts.lock(receipt.caseId!))!;
    const ledger = await tx.ledger.forCase(account.caseId);
    const allocated = ledger.find((posting) => (posting.kind === 'PAYMENT_ALLOCATED' || posting.kind === 'DIRECT_PAYMENT') && posting.source === receipt.id);
    if (allocated) {
      const entry = reversalEntry(ledger, { caseId: account.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: `reversal:${receipt.id}` }, allocated.entryId);
      await tx.ledger.append(entry);
      await resyncAccount(tx, account, [...ledger, ...entry.postings], receipt.id);
    }
  }
  await tx.receipts.markState(receiptId, 'reversed');
  return 'reversed';
}

/** An operator found the case a suspended receipt pays. */
export async function assignSuspended(tx: PaymentsTransaction, receiptId: string, caseId: string, now: Date): Promise<ReceiptOutcome> {
  const receipt = await locked(tx, receiptId);
  if (receipt.state !== 'suspense') throw new ReceiptStateConflictError(receiptId, receipt.state, 'assigned to a case');
  const method: MatchMethod = 'OPERATOR';
  return (await allocateRecorded(tx, [{ receipt, assigned: { caseId, method } }], now))[0]!;
}
