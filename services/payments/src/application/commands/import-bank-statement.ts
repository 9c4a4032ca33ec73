import { randomUUID } from 'node:crypto';
import type { Money } from '../../domain/money';
import type { PaymentsTransaction, UnitOfWork } from '../ports/payments-transaction.port';
import type { Receipt } from '../ports/payments.ports';
import { ReceiptRecordedConcurrentlyError, receivePayments, type ReceiptOutcome } from './receive-payment';
import { takeBackReturnedRefund } from './return-refund';
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
  /** The credit quotes one of our refunds as its EndToEndId: the refund's transfer coming back, with the bank's reason. */
  refundReturn?: { refundId: string; reason?: string };
}

/** A bank file as it is read: its credits in file order, a batch at a time. */
export interface StatementFile {
  /** Throws where the file turns out wrong (after handing out the credits before that spot). */
  readonly batches: AsyncIterable<readonly StatementCredit[]>;
  /** The file's name and SHA-256, both known once the batches are exhausted. */
  name(): string;
  sha256(): string;
}

/**
 * Where a file's credits wait, in order, while the rest of the file is read and checked (a file can
 * turn out truncated or contradict its balances at its very end). Kept outside memory, so that a
 * file of any size is read in flat memory.
 */
export interface CreditSpool {
  write(credits: readonly StatementCredit[]): Promise<void>;
  /** What was written, in order, a chunk at a time. */
  read(): AsyncIterable<readonly StatementCredit[]>;
  discard(): Promise<void>;
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
  /** Refunds whose transfer this file brought back (the bank could not pay the debtor): owed to the debtor again. */
  refundsReturned: string[];
  /** Credits quoting a refund id that are not that refund coming back whole: booked as receipts instead, with why. */
  refundReturnsNotRecognised: Array<{ key: string; reason: string }>;
}

/** A problem of the file itself (the reader's errors): the file is wrong, not the service. */
interface FileProblem extends Error {
  readonly category: 'invalid';
  readonly code: string;
  readonly details?: unknown;
}

function isFileProblem(error: unknown): error is FileProblem {
  return error instanceof Error && (error as Partial<FileProblem>).category === 'invalid' && typeof (error as Partial<FileProblem>).code === 'string';
}

/**
 * The file went wrong at some spot (a bad entry, malformed XML, the end of a truncated upload,
 * totals that do not add up): keeps the reader's code and field errors. Nothing of the file was
 * booked and the import is not recorded, so the corrected file is imported as if for the first time.
 */
export class StatementImportStoppedError extends Error {
  readonly category = 'invalid' as const;
  readonly code: string;
  readonly details?: unknown;

  constructor(readonly problem: FileProblem) {
    super(`${problem.message}; nothing of the file was booked`);
    this.code = problem.code;
    this.details = problem.details;
  }
}

/** Chunks booking at once, each in its own transaction: the database works on one while the next is prepared. */
const CHUNKS_IN_FLIGHT = 2;

/**
 * Books a bank statement once the whole of it has been read and checked. Reading checks each
 * statement's header, balances and declared totals, every entry, and at the end the entry count and
 * opening + credits − debits = closing; meanwhile the credits wait in the spool. A file that goes
 * wrong anywhere (StatementImportStoppedError) books nothing. The same file imported before (its
 * SHA-256) answers with that import's report and books nothing. Otherwise the credits are booked
 * from the spool in chunks (of the spool's size, two in flight): each becomes a receipt, idempotent
 * on its transaction key, matched and allocated or left in suspense. Last, in one transaction: the
 * file's reversals (a file may carry a credit and its reversal), the refunds it brings back (our own
 * transfers to debtors, returned by their banks) and the import's record.
 */
export async function importBankStatement(uow: UnitOfWork, file: StatementFile, now: Date, spool: CreditSpool): Promise<StatementImportReport> {
  try {
    return await readThenBook(uow, file, now, spool);
  } finally {
    await spool.discard();
  }
}

async function readThenBook(uow: UnitOfWork, file: StatementFile, now: Date, spool: CreditSpool): Promise<StatementImportReport> {
  const report: StatementImportReport = { importId: randomUUID(), fileName: '', alreadyImported: false, credits: 0, allocated: 0, suspense: 0, duplicates: 0, reversed: 0, unmatchedReversals: [], refundsReturned: [], refundReturnsNotRecognised: [] };
  const reversals: StatementCredit[] = [];
  const refundReturns: StatementCredit[] = [];
  try {
    for await (const batch of file.batches) {
      const receipts: StatementCredit[] = [];
      for (const credit of batch) {
        report.credits += 1;
        if (credit.reversal) reversals.push(credit);
        else if (credit.refundReturn) refundReturns.push(credit);
        else receipts.push(credit);
      }
      await spool.write(receipts);
    }
  } catch (error) {
    throw isFileProblem(error) ? new StatementImportStoppedError(error) : error;
  }
  report.fileName = file.name();
  const sha256 = file.sha256();
  const earlier = await uow.run((tx) => tx.receipts.statementImport(sha256));
  if (earlier) return { ...earlier, alreadyImported: true };

  const pipeline = new ChunkPipeline(uow, report, now);
  for await (const chunk of spool.read()) await pipeline.add(chunk);
  await pipeline.drain();
  try {
    return await uow.run(async (tx) => {
      const recorded = await tx.receipts.statementImport(sha256);
      if (recorded) return { ...recorded, alreadyImported: true };
      for (const credit of reversals) await takeBack(tx, credit, report, now);
      for (const credit of refundReturns) await takeBackRefund(tx, credit, report, now);
      if (!(await tx.receipts.saveStatementImport(sha256, report, now))) throw new ImportedConcurrently();
      return report;
    });
  } catch (error) {
    if (!(error instanceof ImportedConcurrently)) throw error;
    const recorded = await uow.run((tx) => tx.receipts.statementImport(sha256));
    return { ...recorded!, alreadyImported: true };
  }
}

/** The same file's import was recorded by a concurrent import in between: this one's reversals are rolled back. */
class ImportedConcurrently extends Error {}

/** At most CHUNKS_IN_FLIGHT chunks booking at once; `add` waits for a free slot. */
class ChunkPipeline {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly report: StatementImportReport,
    private readonly now: Date,
  ) {}

  async add(chunk: readonly StatementCredit[]): Promise<void> {
    while (this.inFlight.size >= CHUNKS_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure.error;
    const booking: Promise<void> = this.book(chunk)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(booking));
    this.inFlight.add(booking);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure.error;
  }

  private async book(chunk: readonly StatementCredit[]): Promise<void> {
    const { report, now } = this;
    const outcomes = await retryOnConcurrentRecord(() => this.uow.run((tx) => receivePayments(tx, chunk.map((credit) => receiptOf(credit, report.importId, now)), now)));
    for (const outcome of outcomes) count(report, outcome);
  }
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

/** A refund coming back is not a receipt; a credit that only quotes a refund id is booked as one, with why it was not taken as the return. */
async function takeBackRefund(tx: PaymentsTransaction, credit: StatementCredit, report: StatementImportReport, now: Date): Promise<void> {
  const { refundId, reason } = credit.refundReturn!;
  const outcome = await takeBackReturnedRefund(tx, { refundId, amount: credit.amount, statementKey: credit.key, ...(reason ? { reason } : {}) }, now);
  if (outcome.status === 'returned') report.refundsReturned.push(refundId);
  else if (outcome.status === 'already-returned') report.duplicates += 1;
  else {
    report.refundReturnsNotRecognised.push({ key: credit.key, reason: outcome.reason });
    const [booked] = await receivePayments(tx, [receiptOf(credit, report.importId, now)], now);
    count(report, booked!);
  }
}

function count(report: StatementImportReport, outcome: ReceiptOutcome): void {
  if (outcome.status === 'allocated') report.allocated += 1;
  else if (outcome.status === 'suspense') report.suspense += 1;
  else if (outcome.status === 'duplicate') report.duplicates += 1;
}
