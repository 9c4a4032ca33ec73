import type { StatementCredit } from '../../application/commands/import-bank-statement';
import { refundIdOfEndToEndId } from '../../domain/refunds';
import { BankStatementInvalidError } from './bank-statement.errors';
import { decodeBankStatementSource, type BankStatementSource } from './bank-statement.reader';
import type { ParsedStatementFile, StatementEntry } from './bank-statement.types';
import { CamtStreamParser } from './camt-stream-parser';

/**
 * The credits of a checked statement file as receipts to book: every booked credit transaction (a
 * batch entry split into its transactions), and every booked reversal of a credit. Debits (the
 * agency's own payments, bank fees) and pending entries are not receipts. A credit whose EndToEndId
 * is one of our refund ids is that refund's transfer coming back, marked as such.
 */
export function statementCredits(file: ParsedStatementFile): StatementCredit[] {
  const credits: StatementCredit[] = [];
  for (const entry of file.entries) addCredits(entry, credits);
  return credits;
}

/** A statement file read as it arrives: its credits a batch at a time, and its `GrpHdr/MsgId` once read. */
export interface StreamedStatementCredits {
  /** One batch per chunk of the source (empty chunks yield nothing); throws a `BankStatementError` where the file goes wrong. */
  readonly batches: AsyncIterable<StatementCredit[]>;
  messageId(): string | undefined;
}

/**
 * Streams a camt.053 / camt.054 file into credits. Every entry is checked before it is handed out
 * (and the statement's balances and declared totals before its first entry), so a credit in a batch
 * is one the file vouches for up to that point; problems found later in the file (truncation, a bad
 * entry, totals that do not add up at the end) are thrown when reached, after the credits before them.
 */
export function streamStatementCredits(source: BankStatementSource): StreamedStatementCredits {
  let messageId: string | undefined;
  async function* batches(): AsyncGenerator<StatementCredit[]> {
    const parser = new CamtStreamParser();
    const take = (items: ReturnType<CamtStreamParser['write']>): StatementCredit[] => {
      const credits: StatementCredit[] = [];
      for (const item of items) {
        if (item.kind === 'entry') addCredits(item.entry, credits);
        else if (item.kind === 'header') messageId = item.header.messageId;
      }
      return credits;
    };
    for await (const text of decodeBankStatementSource(source)) {
      const credits = take(parser.write(text));
      if (credits.length > 0) yield credits;
    }
    const last = take(parser.end());
    if (last.length > 0) yield last;
    take(parser.end()); // throws what went wrong after the last items, if anything did
    if (messageId === undefined) throw new BankStatementInvalidError('the file has no group header (GrpHdr)');
  }
  return { batches: batches(), messageId: () => messageId };
}

function addCredits(entry: StatementEntry, credits: StatementCredit[]): void {
  const reversalOfCredit = entry.booked && entry.reversal && entry.direction === 'DEBIT';
  const receipt = entry.booked && entry.direction === 'CREDIT' && !entry.reversal;
  if (!receipt && !reversalOfCredit) return;
  const valueDate = entry.valueDate ?? entry.bookingDate ?? '';
  for (const transaction of entry.transactions) {
    const credit: StatementCredit = { key: transaction.key, amount: transaction.amount, valueDate, reversal: reversalOfCredit };
    if (transaction.structuredReference) credit.structuredReference = transaction.structuredReference.reference;
    if (transaction.remittanceText) credit.remittanceText = transaction.remittanceText;
    if (transaction.debtorName) credit.debtorName = transaction.debtorName;
    const returnedRefundId = receipt ? refundIdOfEndToEndId(transaction.endToEndId) : undefined;
    if (returnedRefundId) credit.refundReturn = { refundId: returnedRefundId, ...(transaction.returnReason ? { reason: transaction.returnReason } : {}) };
    credits.push(credit);
  }
}
