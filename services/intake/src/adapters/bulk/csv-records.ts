import { parse, type CsvError, type InfoRecord, type Parser } from 'csv-parse';
import { ByteLineCounter } from './byte-line-counter';
import { scanBrokenRecord, sniffDelimiter, type CsvDelimiter } from './csv-text-scan';
import { textChunks } from './text-chunks';

/** One physical CSV record with the line it starts on, or the reason reading had to stop. */
export type CsvRecord =
  | { kind: 'record'; line: number; cells: string[] }
  | {
      kind: 'failure';
      line: number;
      code: 'UNBALANCED_QUOTE' | 'RECORD_TOO_LARGE' | 'UNREADABLE_CSV';
      message: string;
      /** The complete cells of the broken record before the field that broke it. */
      cellsBefore: string[];
    };

/** A record longer than this (in UTF-8 bytes) stops the reading: it is almost always an unclosed quote. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

const WRITE_CHARS = 16 * 1024;
const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE']);

/**
 * Reads CSV text record by record with csv-parse's streaming parser, one input chunk at a time
 * (memory stays flat). The delimiter (`,` or `;`) is taken from the header line; empty lines are
 * skipped; records of any length are passed on (the caller checks the column count). After a
 * failure (a broken quote, an oversized record) nothing more is read: every record before it has
 * been handed out first.
 */
export async function* readCsvRecords(text: AsyncIterable<unknown>, maxRecordBytes = DEFAULT_MAX_RECORD_BYTES): AsyncGenerator<CsvRecord> {
  let session: ParseSession | undefined;
  let pending = '';
  try {
    for await (const chunk of textChunks(text)) {
      pending += chunk;
      if (!session) {
        const delimiter = sniffDelimiter(pending, false);
        if (!delimiter && pending.length < maxRecordBytes) continue;
        session = new ParseSession(delimiter ?? ',', maxRecordBytes);
      }
      // Tiny chunks are gathered first: csv-parse pays a fixed price per write.
      if (pending.length < WRITE_CHARS) continue;
      const failure = await session.write(pending);
      pending = '';
      yield* session.takeRecords();
      if (failure) {
        yield failure;
        return;
      }
    }
    session ??= new ParseSession(sniffDelimiter(pending, true) ?? ',', maxRecordBytes);
    const failure = (pending ? await session.write(pending) : undefined) ?? (await session.end());
    yield* session.takeRecords();
    if (failure) yield failure;
  } finally {
    session?.close();
  }
}

/** One csv-parse parser fed by hand, so the records it finds can be handed out between two chunks. */
class ParseSession {
  private readonly parser: Parser;
  private readonly lines = new ByteLineCounter();
  private records: CsvRecord[] = [];

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly maxRecordBytes: number,
  ) {
    this.parser = parse({
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRecordBytes,
      raw: true,
      // With `raw`, on_record receives { record, raw }; nothing is pushed downstream (null).
      on_record: (parsed: unknown, context: InfoRecord) => {
        const { record } = parsed as { record: string[] };
        const line = this.lines.skipLineBreaks(context.bytes);
        this.lines.advanceTo(context.bytes);
        this.records.push({ kind: 'record', line, cells: record });
        return null;
      },
    });
    // Failures are read from the write and end callbacks; this keeps 'error' from being unhandled.
    this.parser.on('error', () => undefined);
    this.parser.resume();
  }

  write(text: string): Promise<CsvRecord | undefined> {
    const bytes = Buffer.from(text, 'utf8');
    this.lines.append(bytes);
    return new Promise((resolve) => this.parser.write(bytes, (error) => resolve(error ? this.failure(error) : undefined)));
  }

  end(): Promise<CsvRecord | undefined> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (error: Error | null | undefined) => {
        if (settled) return;
        settled = true;
        resolve(error ? this.failure(error) : undefined);
      };
      this.parser.once('error', settle);
      this.parser.end((error?: Error | null) => settle(error));
    });
  }

  takeRecords(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  close(): void {
    if (!this.parser.destroyed) this.parser.destroy();
  }

  /** The failure of the record after the last one read: where its broken field starts, and why. */
  private failure(error: Error): CsvRecord {
    const { code, raw } = error as CsvError & { raw?: unknown };
    const recordLine = this.lines.skipLineBreaks();
    const { linesAfterStart, openQuote, cellsBefore } = scanBrokenRecord(typeof raw === 'string' ? raw : '', this.delimiter);
    if (QUOTE_ERRORS.has(code) || (code === 'CSV_MAX_RECORD_SIZE' && openQuote)) {
      return { kind: 'failure', line: recordLine + linesAfterStart, code: 'UNBALANCED_QUOTE', message: unbalancedQuoteMessage(code), cellsBefore };
    }
    if (code === 'CSV_MAX_RECORD_SIZE') {
      const message = `a row is longer than ${this.maxRecordBytes} bytes; nothing after it was read`;
      return { kind: 'failure', line: recordLine, code: 'RECORD_TOO_LARGE', message, cellsBefore };
    }
    return { kind: 'failure', line: recordLine, code: 'UNREADABLE_CSV', message: 'this row cannot be read as CSV; nothing after it was read', cellsBefore };
  }
}

function unbalancedQuoteMessage(code: string): string {
  const stop = 'nothing after it was read';
  if (code === 'INVALID_OPENING_QUOTE') return `a double quote inside an unquoted cell: quote the whole cell and double the quote (""); ${stop}`;
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return `a quoted cell goes on after its closing quote: double a quote meant as text (""); ${stop}`;
  return `a quoted cell starts here and is never closed; ${stop}`;
}
