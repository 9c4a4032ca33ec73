import { randomUUID } from 'node:crypto';
import { allocationOrderFor } from '../../domain/allocation';
import { balanceOf, creditBalance, directPaymentEntry, paymentAllocatedEntry, totalOf, writeOffEntry, type JournalEntry, type Posting } from '../../domain/ledger';
import { matchReceipt, type ReceiptMatch } from '../../domain/matching';
import type { Money } from '../../domain/money';
import { remitBy } from '../../domain/remittance';
import type { CaseAccount, MatchMethod, Receipt } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';
import { applyToPlans } from './apply-to-plans';
import { chargeDirectPaymentCommission } from './invoice-fees';

export type ReceiptOutcome =
  | { status: 'allocated'; receiptId: string; caseId: string; paidInFull: boolean }
  | { status: 'suspense'; receiptId: string; reason: string }
  | { status: 'pending'; receiptId: string }
  | { status: 'duplicate'; receiptId: string; state: string; caseId?: string };

/**
 * Money arrived (gateway, bank entry, cheque, creditor report). Recorded once per source id — a
 * repeat answers with what became of the first — then matched to its case and allocated, or left
 * in suspense with the reason for an operator. A cheque waits, pending, until it clears.
 */
export async function receivePayment(tx: PaymentsTransaction, receipt: Receipt, now: Date): Promise<ReceiptOutcome> {
  const pending = receipt.method === 'CHEQUE';
  if (!(await tx.receipts.insert(receipt, pending ? 'pending' : 'suspense'))) {
    const first = (await tx.receipts.bySourceId(receipt.source, receipt.externalId))!;
    return { status: 'duplicate', receiptId: first.id, state: first.state, ...(first.caseId ? { caseId: first.caseId } : {}) };
  }
  if (pending) return { status: 'pending', receiptId: receipt.id };
  return allocateReceipt(tx, receipt, now);
}

/** Matches a recorded receipt (new, a cleared cheque, or one an operator assigns) and books it on its case. */
export async function allocateReceipt(tx: PaymentsTransaction, receipt: Receipt, now: Date, assigned?: { caseId: string; method: MatchMethod }): Promise<ReceiptOutcome> {
  const match = assigned ?? (receipt.caseId ? { caseId: receipt.caseId, method: 'CASE_ID' as const } : await findCase(tx, receipt));
  if ('reason' in match) return suspend(tx, receipt, match.reason);
  const account = await tx.accounts.lock(match.caseId);
  if (!account) return suspend(tx, receipt, `case ${match.caseId} is not known to payments`);
  if (account.currency !== receipt.amount.currency) return suspend(tx, receipt, `the case is in ${account.currency}, the payment in ${receipt.amount.currency}`);
  if (account.state !== 'open') return suspend(tx, receipt, `case ${account.caseId} is ${account.state}: nothing is owed on it any more`);

  const ledger = await tx.ledger.forCase(account.caseId);
  const header = { caseId: account.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: receipt.id };
  const order = allocationOrderFor(account.country);
  const { entry, allocation } = receipt.toCreditor ? directPaymentEntry(ledger, header, receipt.amount, order) : paymentAllocatedEntry(ledger, header, { payment: receipt.amount, order, fundedFrom: 'CLEARING' });
  await tx.ledger.append(entry);
  let postings: Posting[] = [...ledger, ...entry.postings];
  await tx.receipts.markAllocated(receipt.id, { caseId: account.caseId, creditorId: account.creditorId, matchMethod: match.method, remitBy: remitBy(receipt.valueDate), refundMinor: receipt.toCreditor ? 0n : allocation.refund.amountMinor });
  await tx.events.paymentReceived(receipt, account.caseId);
  await tx.events.paymentAllocated({ caseId: account.caseId, paymentId: receipt.id, parts: allocation.parts.map((part) => ({ component: part.component, amount: part.amount })), remaining: allocation.remaining });

  if (receipt.toCreditor) await chargeDirectPaymentCommission(tx, account, receipt);
  const plans = await applyToPlans(tx, account.caseId, receipt.amount, receipt.valueDate);
  if (plans.settlementFulfilled && totalOf(balanceOf(postings, account.currency)) > 0n) {
    const writeOff: JournalEntry = writeOffEntry(postings, { caseId: account.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: plans.settlementFulfilled });
    await tx.ledger.append(writeOff);
    postings = [...postings, ...writeOff.postings];
  }
  const paidInFull = await settleAccount(tx, account, postings, receipt.id, plans.settlementFulfilled ? 'settled' : 'paid');
  return { status: 'allocated', receiptId: receipt.id, caseId: account.caseId, paidInFull };
}

/** Keeps the stored balance in step with the postings; a case owing nothing is paid (or settled), once. */
export async function settleAccount(tx: PaymentsTransaction, account: CaseAccount, postings: Posting[], lastPaymentId: string, endState: 'paid' | 'settled'): Promise<boolean> {
  const remaining = balanceOf(postings, account.currency);
  const owesNothing = totalOf(remaining) === 0n;
  await tx.accounts.saveBalance(account.caseId, remaining, creditBalance(postings, 'REFUND_LIABILITY', account.currency).amountMinor, owesNothing ? endState : account.state);
  if (owesNothing && account.state === 'open') await tx.events.casePaidInFull(account.caseId, collectedOn(postings, account.currency), lastPaymentId);
  return owesNothing && account.state === 'open';
}

/** Everything paid off the debt on the case (to the agency or to the creditor), net of reversed payments. */
function collectedOn(postings: Posting[], currency: string): Money {
  const paymentEntries = new Set(postings.filter((p) => p.kind === 'PAYMENT_ALLOCATED' || p.kind === 'DIRECT_PAYMENT').map((p) => p.entryId));
  const amountMinor = postings
    .filter((p) => p.account === 'RECEIVABLE' && p.currency === currency && (paymentEntries.has(p.entryId) || (p.reverses !== undefined && paymentEntries.has(p.reverses))))
    .reduce((total, p) => total - p.amountMinor, 0n);
  return { amountMinor, currency };
}

async function suspend(tx: PaymentsTransaction, receipt: Receipt, reason: string): Promise<ReceiptOutcome> {
  await tx.receipts.markSuspense(receipt.id, reason);
  return { status: 'suspense', receiptId: receipt.id, reason };
}

/**
 * By structured reference, then a reference in the free text, then amount and debtor name. The
 * references the receipt quotes are looked up first, open cases of the same amount only when no
 * reference found one (a bank file of references costs one lookup per entry).
 */
async function findCase(tx: PaymentsTransaction, receipt: Receipt): Promise<{ caseId: string; method: MatchMethod } | { reason: string }> {
  const toMatch = {
    amount: receipt.amount, ...(receipt.payerReference ? { structuredReference: receipt.payerReference } : {}), remittanceText: receipt.remittanceText ?? receipt.payerReference,
    ...(receipt.payerName ? { debtorName: receipt.payerName } : {}),
  };
  const quoted = matchReceipt(toMatch, { caseByReference: () => undefined, openCases: [] });
  const known = new Map<string, string>();
  for (const reference of quoted.matched ? [] : quoted.unknownReferences) {
    const caseId = await tx.accounts.caseByReference(reference);
    if (caseId) known.set(reference, caseId);
  }
  let match: ReceiptMatch = matchReceipt(toMatch, { caseByReference: (reference) => known.get(reference), openCases: [] });
  if (!match.matched && receipt.payerName) {
    const openCases = await tx.accounts.candidatesForAmount(receipt.amount.currency, receipt.amount.amountMinor);
    match = matchReceipt(toMatch, { caseByReference: (reference) => known.get(reference), openCases });
  }
  return match.matched ? { caseId: match.caseId, method: match.method } : { reason: match.reason };
}
