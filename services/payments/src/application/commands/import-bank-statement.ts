import { randomUUID } from 'node:crypto';
import type { Money } from '../../domain/money';
import type { PaymentsTransaction, UnitOfWork } from '../ports/payments-transaction.port';
import { receivePayment } from './receive-payment';
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

/** Receipts per transaction: a failure rolls back one chunk, never the entries before it. */
const CHUNK = 200;

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
  for (let start = 0; start < file.credits.length; start += CHUNK) {
    await uow.run(async (tx) => {
      for (const credit of file.credits.slice(start, start + CHUNK)) await book(tx, credit, report, now);
    });
  }
  await uow.run((tx) => tx.receipts.saveStatementImport(file.sha256, report, now));
  return report;
}

async function book(tx: PaymentsTransaction, credit: StatementCredit, report: StatementImportReport, now: Date): Promise<void> {
  if (credit.reversal) {
    const original = await tx.receipts.reversible('bank', credit.amount, credit.structuredReference ?? credit.remittanceText ?? '');
    if (!original) {
      report.unmatchedReversals.push(credit.key);
      return;
    }
    await reverseReceipt(tx, original.id, now);
    report.reversed += 1;
    return;
  }
  const outcome = await receivePayment(tx, {
    id: randomUUID(), source: 'bank', externalId: credit.key, amount: credit.amount, method: 'BANK_TRANSFER', valueDate: credit.valueDate,
    payerReference: credit.structuredReference ?? '', remittanceText: credit.remittanceText ?? '', payerName: credit.debtorName ?? '',
    receivedAt: now.toISOString(), toCreditor: false, lateReport: false, statementImportId: report.importId,
  }, now);
  if (outcome.status === 'allocated') report.allocated += 1;
  else if (outcome.status === 'suspense') report.suspense += 1;
  else if (outcome.status === 'duplicate') report.duplicates += 1;
}
