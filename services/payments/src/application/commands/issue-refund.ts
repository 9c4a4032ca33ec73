import { randomUUID } from 'node:crypto';
import { CaseLedgerNotFoundError, creditBalance, refundPaidEntry } from '../../domain/ledger';
import { money, type Money } from '../../domain/money';
import { nextRunDayAfter, normaliseIban, TARGET2_RUN_DAYS } from '../../domain/remittance';
import { orderRefund, RefundIdempotencyConflictError } from '../../domain/refunds';
import type { PayoutFileRenderer } from '../ports/creditor-accounts.port';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';
import type { RefundRecord } from '../ports/refunds.port';

export interface IssueRefundCommand {
  idempotencyKey: string;
  caseId: string;
  /** Part of the refund due; the whole of it when absent. */
  amount?: Money;
  iban: string;
  bic?: string;
  /** The account holder; the debtor's name as the case has it when absent. */
  name?: string;
}

export interface IssuedRefund {
  refund: RefundRecord;
  /** What the case still owes the debtor after this refund. */
  refundDueAfter: Money;
  /** true when the Idempotency-Key had been used for this very refund: nothing was booked again. */
  replayed: boolean;
}

/**
 * Pays an overpayment back to the debtor: checks the request against the refund the case's ledger
 * owes (orderRefund: nothing due, more than due, another currency, a bad IBAN or BIC are refused
 * naming the field), books REFUND_PAID (Dr REFUND_LIABILITY / Cr CLEARING), keeps the stored refund
 * due in step, and writes the pain.001 that the operator sends to the agency's bank. The case
 * account is locked first, so two refunds of one case are decided one after the other and never
 * pay the same money twice; the same Idempotency-Key again answers with the refund it made. RefundIssued
 * tells the creditor's timeline (the amount and date, never the debtor's account).
 */
export async function issueRefund(
  tx: PaymentsTransaction, files: PayoutFileRenderer, command: IssueRefundCommand, now: Date,
  newRefundId: (today: string) => string = (today) => `RFD-${today.replace(/-/g, '')}-${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
): Promise<IssuedRefund> {
  const account = await tx.accounts.lock(command.caseId);
  if (!account) throw new CaseLedgerNotFoundError(command.caseId);
  const name = command.name ?? account.debtorName;
  const postings = await tx.ledger.forCase(command.caseId);
  const due = creditBalance(postings, 'REFUND_LIABILITY', account.currency);

  const previous = await tx.refunds.byIdempotencyKey(command.idempotencyKey);
  if (previous) {
    if (!sameRequest(previous, command, name)) throw new RefundIdempotencyConflictError(command.idempotencyKey, previous.refundId);
    return { refund: previous, refundDueAfter: due, replayed: true };
  }

  const today = now.toISOString().slice(0, 10);
  const order = orderRefund({
    refundId: newRefundId(today), caseId: command.caseId, refundDue: due, ...(command.amount ? { amount: command.amount } : {}),
    beneficiary: { name, iban: command.iban, ...(command.bic !== undefined ? { bic: command.bic } : {}) },
  });
  const entry = refundPaidEntry(postings, { caseId: command.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: `refund:${order.refundId}` }, order.amount);
  const executionDate = TARGET2_RUN_DAYS.isRunDay(today) ? today : nextRunDayAfter(today);
  const paymentFile = files.renderRefund({ ...order, executionDate }, now);
  const refund: RefundRecord = {
    refundId: order.refundId, idempotencyKey: command.idempotencyKey, caseId: command.caseId, ...(command.amount ? { requested: command.amount } : {}),
    amount: order.amount, beneficiary: order.beneficiary, executionDate, entryId: entry.entryId, issuedAt: now.toISOString(),
  };
  // A request with the same key on another case is not serialised by the case lock: the key's uniqueness decides.
  if (!(await tx.refunds.insert(refund, paymentFile))) throw new RefundIdempotencyConflictError(command.idempotencyKey, 'issued meanwhile');
  await tx.ledger.append(entry);
  const refundDueAfter = money(due.amountMinor - order.amount.amountMinor, due.currency);
  await tx.accounts.saveBalance(account.caseId, account.outstanding, refundDueAfter.amountMinor, account.state);
  await tx.events.refundIssued({ caseId: command.caseId, refundId: refund.refundId, amount: refund.amount, executionDate, refundDueAfter });
  return { refund, refundDueAfter, replayed: false };
}

function sameRequest(previous: RefundRecord, command: IssueRefundCommand, name: string): boolean {
  const sameAmount = previous.requested === undefined
    ? command.amount === undefined
    : command.amount !== undefined && command.amount.amountMinor === previous.requested.amountMinor && command.amount.currency === previous.requested.currency;
  return previous.caseId === command.caseId && sameAmount && previous.beneficiary.iban === normaliseIban(command.iban)
    && (previous.beneficiary.bic ?? '') === (command.bic ?? '').trim().toUpperCase() && previous.beneficiary.name === name.trim();
}
