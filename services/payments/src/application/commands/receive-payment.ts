import { randomUUID } from 'node:crypto';
import { allocationOrderFor, type Outstanding } from '../../domain/allocation';
import { collectedOn, receiptEntry, totalOf, writeOffEntryOn, type JournalEntry } from '../../domain/ledger';
import { matchReceipt, type ReceiptMatch } from '../../domain/matching';
import type { Money } from '../../domain/money';
import { remitBy } from '../../domain/remittance';
import type { BookedReceipt, LockedAccount, MatchMethod, Receipt } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';
import { applyToPlans } from './apply-to-plans';
import { chargeDirectPaymentCommission } from './invoice-fees';

export type ReceiptOutcome =
  | { status: 'allocated'; receiptId: string; caseId: string; paidInFull: boolean }
  | { status: 'suspense'; receiptId: string; reason: string }
  | { status: 'pending'; receiptId: string }
  | { status: 'duplicate'; receiptId: string; state: string; caseId?: string };

/** One receipt: see `receivePayments`. */
export async function receivePayment(tx: PaymentsTransaction, receipt: Receipt, now: Date): Promise<ReceiptOutcome> {
  return (await receivePayments(tx, [receipt], now))[0]!;
}

/** Another transaction recorded one of the batch's receipts meanwhile: book the batch again, the repeat will be found. */
export class ReceiptRecordedConcurrentlyError extends Error {
  readonly code = 'PAYMENTS.RECEIPT_RECORDED_CONCURRENTLY';
  constructor(readonly count: number) {
    super(`${count} receipt(s) of the batch were recorded by a concurrent transaction`);
  }
}

/**
 * Money arrived (gateway, bank entries, cheques, creditor reports). Each receipt is recorded once
 * per source id — a repeat answers with what became of the first — then matched to its case and
 * allocated, or left in suspense with the reason for an operator. A cheque waits, pending, until
 * it clears.
 *
 * A batch (a bank file's chunk, receipts that reached a busy gateway endpoint together) is booked
 * with a handful of statements, not a handful per receipt: repeats are found in one query, the
 * references in one, the accounts locked in one; each receipt is then written once, in its final
 * state, with the postings and balances. Should a concurrent transaction record one of the same
 * receipts in between, the insert finds it and the whole batch fails with
 * ReceiptRecordedConcurrentlyError, to be booked again (nothing of it was written).
 */
export async function receivePayments(tx: PaymentsTransaction, receipts: Receipt[], now: Date): Promise<ReceiptOutcome[]> {
  const known = await tx.receipts.bySourceIds(receipts.map((receipt) => ({ source: receipt.source, externalId: receipt.externalId })));
  const keyOf = (receipt: { source: string; externalId: string }) => `${receipt.source}\u0000${receipt.externalId}`;
  const firstOfBatch = new Map<string, Receipt>();
  const fresh: Receipt[] = [];
  for (const receipt of receipts) {
    if (known.has(keyOf(receipt)) || firstOfBatch.has(keyOf(receipt))) continue;
    firstOfBatch.set(keyOf(receipt), receipt);
    fresh.push(receipt);
  }
  const booking = new Booking(tx, now);
  const outcomes = new Map<string, ReceiptOutcome>();
  for (const cheque of fresh.filter((receipt) => receipt.method === 'CHEQUE')) {
    booking.recordPending(cheque);
    outcomes.set(cheque.id, { status: 'pending', receiptId: cheque.id });
  }
  const toAllocate = fresh.filter((receipt) => receipt.method !== 'CHEQUE').map((receipt) => ({ receipt }));
  (await bookAll(tx, booking, toAllocate)).forEach((outcome, index) => outcomes.set(toAllocate[index]!.receipt.id, outcome));
  const inserted = await booking.write();
  if (inserted < fresh.length) throw new ReceiptRecordedConcurrentlyError(fresh.length - inserted);

  return receipts.map((receipt) => {
    const own = outcomes.get(receipt.id);
    if (own) return own;
    // A repeat answers with what became of the first, even when the first came in this very batch.
    const earlier = known.get(keyOf(receipt));
    if (earlier) return { status: 'duplicate', receiptId: earlier.id, state: earlier.state, ...(earlier.caseId ? { caseId: earlier.caseId } : {}) };
    const first = firstOfBatch.get(keyOf(receipt))!;
    const fate = outcomes.get(first.id)!;
    const state = { allocated: 'allocated', suspense: 'suspense', pending: 'pending', duplicate: 'duplicate' }[fate.status];
    return { status: 'duplicate', receiptId: first.id, state, ...('caseId' in fate && fate.caseId ? { caseId: fate.caseId } : {}) };
  });
}

/** Matches receipts already recorded (a cleared cheque, one an operator assigns) and books them on their cases. */
export async function allocateRecorded(tx: PaymentsTransaction, items: Array<{ receipt: Receipt; assigned?: { caseId: string; method: MatchMethod } }>, now: Date): Promise<ReceiptOutcome[]> {
  const booking = new Booking(tx, now, 'update');
  const outcomes = await bookAll(tx, booking, items);
  await booking.write();
  return outcomes;
}

async function bookAll(tx: PaymentsTransaction, booking: Booking, items: Array<{ receipt: Receipt; assigned?: { caseId: string; method: MatchMethod } }>): Promise<ReceiptOutcome[]> {
  if (items.length === 0) return [];
  const matches = await findCases(tx, items);
  const accounts = await tx.accounts.lockMany(matches.flatMap((match) => ('caseId' in match ? [match.caseId] : [])));
  const outcomes: ReceiptOutcome[] = [];
  for (const [index, { receipt }] of items.entries()) {
    const match = matches[index]!;
    const account = 'caseId' in match ? accounts.get(match.caseId) : undefined;
    const refusal = 'reason' in match ? match.reason : whyNot(receipt, account, match.caseId);
    outcomes.push(refusal !== undefined ? booking.suspend(receipt, refusal) : await booking.book(receipt, account!, (match as { method: MatchMethod }).method));
  }
  return outcomes;
}

function whyNot(receipt: Receipt, account: LockedAccount | undefined, caseId: string): string | undefined {
  if (!account) return `case ${caseId} is not known to payments`;
  if (account.currency !== receipt.amount.currency) return `the case is in ${account.currency}, the payment in ${receipt.amount.currency}`;
  if (account.state !== 'open') return `case ${account.caseId} is ${account.state}: nothing is owed on it any more`;
  return undefined;
}

/**
 * The receipts of one batch booked in memory against their accounts' balances (two receipts of one
 * case: the second sees what the first left), then written together: new receipts inserted in their
 * final state, recorded ones updated.
 */
class Booking {
  private readonly entries: JournalEntry[] = [];
  private readonly rows: BookedReceipt[] = [];
  private readonly touched = new Map<string, LockedAccount>();

  constructor(
    private readonly tx: PaymentsTransaction,
    private readonly now: Date,
    private readonly mode: 'insert' | 'update' = 'insert',
  ) {}

  recordPending(receipt: Receipt): void {
    this.rows.push({ receipt, state: 'pending' });
  }

  suspend(receipt: Receipt, reason: string): ReceiptOutcome {
    this.rows.push({ receipt, state: 'suspense', suspenseReason: reason });
    return { status: 'suspense', receiptId: receipt.id, reason };
  }

  async book(receipt: Receipt, account: LockedAccount, method: MatchMethod): Promise<ReceiptOutcome> {
    const header = (source: string) => ({ caseId: account.caseId, entryId: randomUUID(), occurredAt: this.now.toISOString(), source });
    const order = allocationOrderFor(account.country);
    const { entry, allocation } = receiptEntry(account.outstanding, header(receipt.id), { payment: receipt.amount, order, fundedFrom: receipt.toCreditor ? 'CREDITOR' : 'CLEARING' });
    this.entries.push(entry);
    const refund = receipt.toCreditor ? 0n : allocation.refund.amountMinor;
    account.outstanding = allocation.remaining;
    account.refundDue += refund;
    this.rows.push({ receipt, state: 'allocated', allocation: { caseId: account.caseId, creditorId: account.creditorId, matchMethod: method, remitBy: remitBy(receipt.valueDate), refundMinor: refund } });
    await this.tx.events.paymentReceived(receipt, account.caseId);
    await this.tx.events.paymentAllocated({ caseId: account.caseId, paymentId: receipt.id, parts: allocation.parts.map((part) => ({ component: part.component, amount: part.amount })), remaining: allocation.remaining });
    if (receipt.toCreditor) await chargeDirectPaymentCommission(this.tx, account, receipt);

    const { settlementFulfilled } = account.openPlans.length > 0 ? await applyToPlans(this.tx, account.openPlans, receipt.amount, receipt.valueDate) : {};
    if (settlementFulfilled && totalOf(account.outstanding) > 0n) {
      this.entries.push(writeOffEntryOn(account.outstanding, header(settlementFulfilled)));
      account.outstanding = zeroed(account.outstanding);
    }
    const paidInFull = account.state === 'open' && totalOf(account.outstanding) === 0n;
    if (paidInFull) {
      account.state = settlementFulfilled ? 'settled' : 'paid';
      const postings = [...(await this.tx.ledger.forCase(account.caseId)), ...this.entries.filter((pending) => pending.caseId === account.caseId).flatMap((pending) => pending.postings)];
      await this.tx.events.casePaidInFull(account.caseId, collectedOn(postings, account.currency), receipt.id, settlementFulfilled);
    }
    this.touched.set(account.caseId, account);
    return { status: 'allocated', receiptId: receipt.id, caseId: account.caseId, paidInFull };
  }

  /** Writes the batch; returns how many new receipts were inserted (fewer: a concurrent transaction recorded some). */
  async write(): Promise<number> {
    let inserted = this.rows.length;
    if (this.mode === 'insert') inserted = await this.tx.receipts.insertBooked(this.rows);
    else await this.tx.receipts.updateBooked(this.rows);
    if (inserted < this.rows.length) return inserted;
    await this.tx.ledger.appendMany(this.entries);
    await this.tx.accounts.saveBalances([...this.touched.values()].map((account) => ({ caseId: account.caseId, outstanding: account.outstanding, refundDue: account.refundDue, state: account.state })));
    return inserted;
  }
}

function zeroed(outstanding: Outstanding): Outstanding {
  const zero = (money: Money): Money => ({ ...money, amountMinor: 0n });
  return {
    principal: zero(outstanding.principal), interest: zero(outstanding.interest), costs: zero(outstanding.costs), charges: zero(outstanding.charges),
    invoices: outstanding.invoices.map((invoice) => ({ ...invoice, outstanding: zero(invoice.outstanding) })),
  };
}

/**
 * By case id when the source gave it, else by structured reference, then a reference in the free
 * text, then amount and debtor name. The references the batch quotes are looked up in one query;
 * open cases of the same amount only for a receipt no reference placed.
 */
async function findCases(tx: PaymentsTransaction, items: Array<{ receipt: Receipt; assigned?: { caseId: string; method: MatchMethod } }>): Promise<Array<{ caseId: string; method: MatchMethod } | { reason: string }>> {
  const toMatch = items.map(({ receipt }) => ({
    amount: receipt.amount, ...(receipt.payerReference ? { structuredReference: receipt.payerReference } : {}), remittanceText: receipt.remittanceText ?? receipt.payerReference,
    ...(receipt.payerName ? { debtorName: receipt.payerName } : {}),
  }));
  const quoted = toMatch.flatMap((receipt, index) => {
    if (items[index]!.assigned || items[index]!.receipt.caseId) return [];
    const first = matchReceipt(receipt, { caseByReference: () => undefined, openCases: [] });
    return first.matched ? [] : first.unknownReferences;
  });
  const known = await tx.accounts.casesByReferences(quoted);
  const found: Array<{ caseId: string; method: MatchMethod } | { reason: string }> = [];
  for (const [index, { receipt, assigned }] of items.entries()) {
    if (assigned) found.push(assigned);
    else if (receipt.caseId) found.push({ caseId: receipt.caseId, method: 'CASE_ID' });
    else {
      let match: ReceiptMatch = matchReceipt(toMatch[index]!, { caseByReference: (reference) => known.get(reference), openCases: [] });
      if (!match.matched && receipt.payerName) {
        const openCases = await tx.accounts.candidatesForAmount(receipt.amount.currency, receipt.amount.amountMinor);
        match = matchReceipt(toMatch[index]!, { caseByReference: (reference) => known.get(reference), openCases });
      }
      found.push(match.matched ? { caseId: match.caseId, method: match.method } : { reason: match.reason });
    }
  }
  return found;
}
