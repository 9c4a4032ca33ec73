import { randomUUID } from 'node:crypto';
import type { Money } from '../../domain/money';
import type { PaymentsTransaction, UnitOfWork } from '../ports/payments-transaction.port';
import type { Receipt } from '../ports/payments.ports';
import { ReceiptRecordedConcurrentlyError, receivePayments } from './receive-payment';
import { reverseReceipt } from './settle-receipts';

/** One booked credit (or a reversal of one) of a bank statement, as the reader found it. */
export interface StatementCredit {
  /** Stable per transaction across reads of the same file: the receipt's external id. */
  key: string;
  amount: Money;
  valueDate: string;
  reversal: boolean;
  structuredReference?: string;
  remittanceText?: string;
  debtorName?: string;
}

export interface StatementImportReport {
  importId: string;
  fileName: string;
  /** The same file imported before: nothing was booked again. */
  alreadyImported: boolean;
  credits: number;
  allocated: number;
  suspense: number;
  duplicates: number;
  reversed: number;
  /** Reversals that name no receipt we hold: for an operator to look at. */
  unmatchedReversals: string[];
}

/** Receipts per transaction, booked as one batch: a failure rolls back one chunk, never the entries before it. */
const CHUNK = 500;
const CHUNKS_IN_FLIGHT = 2;

/**
 * Books a bank statement whose file was read whole and checked (a malformed or truncated file never
 * gets here). Each credit becomes a receipt, idempotent on its transaction key, matched and
 * allocated or left in suspense; a reversal takes back the receipt it reverses. The same file
 * imported twice is recognised by its hash and books nothing.
 */
export async function importBankStatement(uow: UnitOfWork, file: { sha256: string; name: string; credits: StatementCredit[] }, now: Date): Promise<StatementImportReport> {
  const earlier = await uow.run((tx) => tx.receipts.statementImport(file.sha256));
  if (earlier) return { ...earlier, alreadyImported: true };
  const report: StatementImportReport = { importId: randomUUID(), fileName: file.name, alreadyImported: false, credits: file.credits.length, allocated: 0, suspense: 0, duplicates: 0, reversed: 0, unmatchedReversals: [] };
  const credits = file.credits.filter((credit) => !credit.reversal);
  let next = 0;
  // Two chunks in flight: one is computed while the other waits on the database. Chunks touching the
  // same case wait for each other on its account lock, taken in case order (never a deadlock).
  const worker = async () => {
    while (next < credits.length) {
      const chunk = credits.slice(next, next + CHUNK);
      next += CHUNK;
      const outcomes = await retryOnConcurrentRecord(() => uow.run((tx) => receivePayments(tx, chunk.map((credit) => receiptOf(credit, report.importId, now)), now)));
      for (const outcome of outcomes) {
        if (outcome.status === 'allocated') report.allocated += 1;
        else if (outcome.status === 'suspense') report.suspense += 1;
        else if (outcome.status === 'duplicate') report.duplicates += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CHUNKS_IN_FLIGHT }, worker));
  // Reversals once every credit is booked: a file may carry a credit and its reversal.
  for (const credit of file.credits.filter((candidate) => candidate.reversal)) await uow.run((tx) => takeBack(tx, credit, report, now));
  await uow.run((tx) => tx.receipts.saveStatementImport(file.sha256, report, now));
  return report;
}

/** The same file imported twice at once: the second chunk to commit is booked again and finds the repeats. */
async function retryOnConcurrentRecord<T>(book: () => Promise<T>): Promise<T> {
  try {
    return await book();
  } catch (error) {
    if (!(error instanceof ReceiptRecordedConcurrentlyError)) throw error;
    return book();
  }
}

function receiptOf(credit: StatementCredit, importId: string, now: Date): Receipt {
  return {
    id: randomUUID(), source: 'bank', externalId: credit.key, amount: credit.amount, method: 'BANK_TRANSFER', valueDate: credit.valueDate,
    payerReference: credit.structuredReference ?? '', remittanceText: credit.remittanceText ?? '', payerName: credit.debtorName ?? '',
    receivedAt: now.toISOString(), toCreditor: false, lateReport: false, statementImportId: importId,
  };
}

async function takeBack(tx: PaymentsTransaction, credit: StatementCredit, report: StatementImportReport, now: Date): Promise<void> {
  const original = await tx.receipts.reversible('bank', credit.amount, credit.structuredReference ?? credit.remittanceText ?? '');
  if (!original) {
    report.unmatchedReversals.push(credit.key);
    return;
  }
  await reverseReceipt(tx, original.id, now);
  report.reversed += 1;
}
