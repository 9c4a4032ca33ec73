import { CamtStreamParser } from './camt-stream-parser';
import { BankStatementInvalidError, BankStatementMalformedError } from './bank-statement.errors';
import type { ParsedStatementFile, StatementEntry, StatementFileHeader, StatementFileItem, StatementSummary } from './bank-statement.types';

/** A Node `Readable` (file, upload, HTTP body) or any async source of text / bytes. */
export type BankStatementSource = AsyncIterable<string | Uint8Array>;

/**
 * Streams a camt.053 / camt.054 file and yields its header, then each entry, then each statement's
 * summary once its balances check out, in document order. Errors surface where they are found: an
 * entry already yielded may belong to a statement rejected later (the import therefore books nothing
 * until the whole file has been read: see `importBankStatement`). `readBankStatementFile` collects a whole file.
 */
export async function* iterateBankStatementFile(source: BankStatementSource): AsyncGenerator<StatementFileItem> {
  const parser = new CamtStreamParser();
  for await (const text of decodeBankStatementSource(source)) yield* parser.write(text);
  yield* parser.end();
  parser.end(); // throws what went wrong after the last items, if anything did
}

/** The source as UTF-8 text, chunk by chunk (a character split across chunks is joined); anything else is malformed. */
export async function* decodeBankStatementSource(source: BankStatementSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new BankStatementMalformedError('the file is not valid UTF-8');
    }
  };
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decode(chunk);
  const rest = decode();
  if (rest) yield rest;
}

/**
 * Reads the whole file and returns every entry, or throws a `BankStatementError` naming the
 * statement, the entry and the reason: nothing of a bad file reaches the books.
 */
export async function readBankStatementFile(source: BankStatementSource): Promise<ParsedStatementFile> {
  let header: StatementFileHeader | undefined;
  const statements: StatementSummary[] = [];
  const entries: StatementEntry[] = [];
  for await (const item of iterateBankStatementFile(source)) {
    if (item.kind === 'header') header = item.header;
    else if (item.kind === 'entry') entries.push(item.entry);
    else statements.push(item.statement);
  }
  if (!header) throw new BankStatementInvalidError('the file has no group header (GrpHdr)');
  return { ...header, statements, entries };
}

/** A credit booked on the agency's account that is not itself a reversal: its transactions are receipts to match. */
export function isReceipt(entry: StatementEntry): boolean {
  return entry.booked && entry.direction === 'CREDIT' && !entry.reversal;
}
