import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { parse, type CsvError, type InfoRecord, type Parser } from 'csv-parse';
import { isCalendarDate } from '../../domain/registers/calendar-date';
import type { RegisterKind } from '../../domain/registers/register-entry';
import {
  checkRegisterHeader,
  readRegisterRow,
  registerColumnName,
  type ParsedEntry,
  type RegisterFileChunk,
  type RowProblem,
} from '../../domain/registers/register-row';

export type { RegisterFileChunk } from '../../domain/registers/register-row';

export interface RegisterCsvOptions {
  kind: RegisterKind;
  /** YYYY-MM-DD, from the caller's clock: later birth dates are rejected. */
  today: string;
  /** Rows per chunk, loaded and rejected alike; blank lines are not rows. */
  chunkSize?: number;
  /** A longer record (about, in bytes) is rejected, so one broken quote cannot fill memory. */
  maxRecordBytes?: number;
}

export const DEFAULT_CHUNK_SIZE = 5_000;
const DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

/**
 * Reads a register CSV file (layout: ./README.md) as it streams in, in chunks of at most
 * `chunkSize` rows: each row is either an entry or its problems, numbered by the file line it
 * starts on (the header is row 1). A bad row never stops the reading and never throws. A file
 * that cannot be read at all (empty, no header, unknown columns, not UTF-8) yields a single chunk
 * with its problems on the header row and no entries. Memory holds one input chunk, one record,
 * one output chunk and the entry ids seen so far (duplicates are found across the whole file;
 * about 100 bytes per id, so ~100 MB for a million rows).
 */
export async function* readRegisterCsv(input: Readable | AsyncIterable<Buffer>, options: RegisterCsvOptions): AsyncGenerator<RegisterFileChunk> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  if (!isCalendarDate(options.today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got ${options.today}`);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const file = new RegisterRows(options.kind, options.today, maxRecordBytes);
  const csv = new CsvRecords(maxRecordBytes);
  try {
    for await (const records of csvRecords(input, csv)) {
      for (const record of records) {
        file.add(record);
        if (file.rejected) {
          yield file.take();
          return;
        }
        if (file.rows >= chunkSize) yield file.take();
      }
    }
  } finally {
    csv.close();
  }
  if (!file.hasHeader) {
    yield { entries: [], problems: [{ row: 1, code: 'empty_file', reason: 'the file is empty: its first row must name the columns' }] };
  } else if (file.rows > 0) {
    yield file.take();
  }
}

async function* csvRecords(input: AsyncIterable<unknown>, csv: CsvRecords): AsyncGenerator<CsvRecord[]> {
  for await (const data of input) yield await csv.push(toBuffer(data));
  yield await csv.end();
}

/** One CSV record, numbered by the file line it starts on, or why the record there could not be read. */
type CsvRecord = { row: number; cells: string[]; invalidUtf8: boolean } | { row: number; failure: CsvFailure };
type CsvFailure = 'unterminated_quote' | 'malformed_quote' | 'record_too_large';

const LF = 0x0a;

/**
 * The records of a CSV byte stream, parsed by csv-parse as the bytes come in (RFC 4180 quotes,
 * LF or CRLF, cells trimmed outside quotes, a UTF-8 byte-order mark skipped). Around it:
 * - The delimiter is `;` when the first line with content has more semicolons than commas (what
 *   Excel writes in Belgium and France), else `,`; so that line is gathered before parsing starts.
 * - Each record is numbered by the line it starts on, counted here from the bytes: csv-parse's own
 *   count gives the line a record ends on, and takes a CRLF inside a quoted cell for two lines.
 * - A record csv-parse gives up on (a broken quote, a record longer than `maxRecordBytes`) costs
 *   only its first line: it is reported there, and a new parser reads on from the next line, so
 *   the lines a broken quote swallowed are read on their own. For that, the bytes given to the
 *   parser since the end of its last record are kept: at most about one record and one chunk.
 * - A record with a U+FFFD in a cell has its bytes checked: bytes that are not UTF-8 flag that
 *   record alone (a Latin-1 row is rejected, not the file), and a genuine U+FFFD passes.
 * Blank lines come out as blank records (csv-parse's `skip_empty_lines` would hide the lines
 * they take up); line breaks inside quoted cells come out as LF.
 */
class CsvRecords {
  private records: CsvRecord[] = [];
  /** The start of the input, gathered until its first line with content is whole. */
  private head: Buffer[] = [];
  private headBytes = 0;
  private delimiter: string | undefined;
  private parser: Parser | undefined;
  private parsers = 0;
  /** Bytes given to the parser and not yet known to be part of a record it handed out. */
  private kept: Buffer[] = [];
  /** Offset in the parser's input of the first kept byte, and of the first byte after its last record. */
  private keptStart = 0;
  private recordStart = 0;
  /** File line of the byte at `recordStart`, and csv-parse's count for it (which restarts with each parser). */
  private line = 1;
  private parserLine = 1;
  /** The line csv-parse gave up on goes on past the bytes received so far: the rest of it is dropped. */
  private skippingLine = false;

  constructor(private readonly maxRecordBytes: number) {}

  /** The records completed by `chunk`. */
  async push(chunk: Buffer): Promise<CsvRecord[]> {
    if (this.delimiter === undefined) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (!chunk.includes(LF) && this.headBytes <= this.maxRecordBytes) return [];
      const head = Buffer.concat(this.head);
      this.head = [head];
      this.delimiter = sniffDelimiter(head, this.headBytes > this.maxRecordBytes);
      if (this.delimiter === undefined) return [];
      this.head = [];
      await this.feed(head);
    } else {
      await this.feed(chunk);
    }
    return this.take();
  }

  /** The last records, once the input is over. */
  async end(): Promise<CsvRecord[]> {
    if (this.delimiter === undefined) {
      const head = Buffer.concat(this.head);
      this.head = [];
      this.delimiter = sniffDelimiter(head, true)!;
      await this.feed(head);
    }
    while (this.parser && !this.skippingLine) {
      const error = await finish(this.parser);
      if (!error) break;
      const rest = this.recover(error);
      if (rest) await this.feed(rest);
    }
    return this.take();
  }

  close(): void {
    if (this.parser && !this.parser.destroyed) this.parser.destroy();
    this.parser = undefined;
  }

  private async feed(bytes: Buffer): Promise<void> {
    let input: Buffer | undefined = bytes;
    while (input !== undefined && input.length > 0) {
      if (this.skippingLine) {
        const lineFeed = input.indexOf(LF);
        if (lineFeed < 0) return;
        this.skippingLine = false;
        input = input.subarray(lineFeed + 1);
        continue;
      }
      const parser = (this.parser ??= this.newParser(input));
      this.kept.push(input);
      const error = await write(parser, input);
      input = error ? this.recover(error) : undefined;
    }
    this.dropHandedOut();
  }

  private newParser(firstBytes: Buffer): Parser {
    this.parsers += 1;
    const parser = parse({
      delimiter: this.delimiter,
      record_delimiter: ['\r\n', '\n'],
      // Only at the very start of the file, and not on a UTF-16 mark: csv-parse would then read
      // UTF-16, while such a file is to be refused as not UTF-8.
      bom: this.parsers === 1 && !(firstBytes[0] === 0xff && firstBytes[1] === 0xfe),
      trim: true,
      relax_column_count: true,
      max_record_size: this.maxRecordBytes,
      on_record: (cells: string[], context: InfoRecord) => {
        this.onRecord(cells, context);
        return null;
      },
    });
    // Failures are read from the write and end callbacks; this keeps 'error' from being unhandled.
    parser.on('error', () => undefined);
    parser.resume();
    return parser;
  }

  private onRecord(cells: string[], context: InfoRecord): void {
    const end = context.bytes;
    let invalidUtf8 = false;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i]!;
      if (cell.includes('\uFFFD') && !invalidUtf8) invalidUtf8 = !isUtf8(this.keptBytes(this.recordStart, end));
      if (cell.includes('\r')) cells[i] = cell.replace(/\r\n/g, '\n');
    }
    this.records.push({ row: this.line, cells, invalidUtf8 });
    this.line += this.lineFeeds(this.recordStart, end);
    this.recordStart = end;
    this.parserLine = context.lines + 1;
  }

  /**
   * Reports the record csv-parse gave up on, on its first line, and starts over after that line:
   * returns the bytes received past it, for a new parser. A quote broken on the record's own line
   * is malformed; one that swallowed lines, or was never closed, is unterminated.
   */
  private recover(error: CsvError): Buffer | undefined {
    this.close();
    const rest = this.keptBytes(this.recordStart, this.keptStart + byteLength(this.kept));
    const lineFeed = rest.indexOf(LF);
    let failure: CsvFailure;
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      failure = lineFeed < 0 || lineFeed > this.maxRecordBytes ? 'record_too_large' : 'unterminated_quote';
    } else if (error.code === 'CSV_QUOTE_NOT_CLOSED' || (error as CsvError & InfoRecord).lines > this.parserLine) {
      failure = 'unterminated_quote';
    } else {
      failure = 'malformed_quote';
    }
    this.records.push({ row: this.line, failure });
    this.line += 1;
    this.parserLine = 1;
    this.kept = [];
    this.keptStart = 0;
    this.recordStart = 0;
    if (lineFeed >= 0) return rest.subarray(lineFeed + 1);
    this.skippingLine = true;
    return undefined;
  }

  /** Lets go of the kept bytes that lie before the record being read. */
  private dropHandedOut(): void {
    while (this.kept.length > 0 && this.keptStart + this.kept[0]!.length <= this.recordStart) {
      this.keptStart += this.kept.shift()!.length;
    }
  }

  /** The kept bytes from offset `from` to `to` of the parser's input. */
  private keptBytes(from: number, to: number): Buffer {
    const parts: Buffer[] = [];
    let offset = this.keptStart;
    for (const bytes of this.kept) {
      if (offset + bytes.length > from && offset < to) parts.push(bytes.subarray(Math.max(from - offset, 0), to - offset));
      offset += bytes.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** How many line feeds the kept bytes hold from offset `from` to `to`. */
  private lineFeeds(from: number, to: number): number {
    let count = 0;
    let offset = this.keptStart;
    for (const bytes of this.kept) {
      if (offset >= to) break;
      const end = Math.min(to - offset, bytes.length);
      for (let i = bytes.indexOf(LF, Math.max(from - offset, 0)); i >= 0 && i < end; i = bytes.indexOf(LF, i + 1)) count += 1;
      offset += bytes.length;
    }
    return count;
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}

function write(parser: Parser, bytes: Buffer): Promise<CsvError | undefined> {
  return new Promise((resolve) => parser.write(bytes, (error) => resolve((error ?? undefined) as CsvError | undefined)));
}

function finish(parser: Parser): Promise<CsvError | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (error?: Error | null) => {
      if (settled) return;
      settled = true;
      resolve((error ?? undefined) as CsvError | undefined);
    };
    parser.once('error', settle);
    parser.end(settle);
  });
}

/**
 * `;` when the first line of `head` with content has more semicolons than commas, else `,`.
 * Undefined while that line may go on in bytes still to come (`complete` false).
 */
function sniffDelimiter(head: Buffer, complete: boolean): string | undefined {
  const lines = head.toString('latin1').split('\n');
  if (!complete) lines.pop();
  const first = lines.find((line) => /\S/.test(line));
  if (first === undefined) return complete ? ',' : undefined;
  return first.split(';').length > first.split(',').length ? ';' : ',';
}

function byteLength(buffers: Buffer[]): number {
  let length = 0;
  for (const bytes of buffers) length += bytes.length;
  return length;
}

/** The rows of one file as they are read: the header, the ids seen, and the chunk being filled. */
class RegisterRows {
  rows = 0;
  /** The file cannot be read: the current chunk holds why, and nothing more comes. */
  rejected = false;
  private columns: string[] | undefined;
  private readonly seen = new Map<string, number>();
  private entries: ParsedEntry[] = [];
  private problems: RowProblem[] = [];

  constructor(
    private readonly kind: RegisterKind,
    private readonly today: string,
    private readonly maxRecordBytes: number,
  ) {}

  get hasHeader(): boolean {
    return this.columns !== undefined;
  }

  add(record: CsvRecord): void {
    if ('failure' in record) {
      if (!this.columns) this.rejected = true;
      this.reject([{ row: record.row, code: record.failure, reason: this.failureReason(record.failure) }]);
    } else if (isBlank(record.cells)) {
      // A blank line, before the header or after it, is not a row.
    } else if (!this.columns) {
      this.readHeader(record.row, record.cells, record.invalidUtf8);
    } else {
      this.readRow(record.row, record.cells, record.invalidUtf8, this.columns);
    }
  }

  take(): RegisterFileChunk {
    const chunk = { entries: this.entries, problems: this.problems };
    this.entries = [];
    this.problems = [];
    this.rows = 0;
    return chunk;
  }

  private readHeader(row: number, cells: string[], invalidUtf8: boolean): void {
    const problems: RowProblem[] = invalidUtf8
      ? [{ row, code: 'invalid_encoding', reason: 'the header holds bytes that are not UTF-8: save the file as UTF-8' }]
      : checkRegisterHeader(cells).map((problem) => ({ ...problem, row }));
    if (problems.length > 0) {
      this.rejected = true;
      this.problems.push(...problems);
    } else {
      this.columns = cells.map(registerColumnName);
    }
  }

  private readRow(row: number, cells: string[], invalidUtf8: boolean, columns: string[]): void {
    if (cells.length !== columns.length) {
      this.reject([{ row, code: 'column_count', reason: `the row has ${cells.length} cells, the header ${columns.length}` }]);
      return;
    }
    if (invalidUtf8) {
      // The decoder left U+FFFD where the bytes were not UTF-8: those cells are named.
      const fields = columns.filter((_, i) => cells[i]!.includes('\uFFFD'));
      this.reject(fields.map((field) => ({ row, field, code: 'invalid_encoding', reason: `${field} holds bytes that are not UTF-8: save the file as UTF-8` })));
      return;
    }
    const raw: Record<string, string> = {};
    for (let i = 0; i < columns.length; i += 1) raw[columns[i]!] = cells[i]!;
    const read = readRegisterRow(raw, row, this.kind, this.today);
    const duplicate = this.duplicateOf(raw.entry_id?.trim(), row);
    if ('problems' in read || duplicate) {
      this.reject('problems' in read ? (duplicate ? [...read.problems, duplicate] : read.problems) : [duplicate!]);
      return;
    }
    this.entries.push(Object.assign(read.entry, { row }));
    this.rows += 1;
  }

  /** Ids are remembered for rejected rows too: a later row with the same id is a conflict either way. */
  private duplicateOf(entryId: string | undefined, row: number): RowProblem | undefined {
    if (!entryId) return undefined;
    const earlier = this.seen.get(entryId);
    if (earlier === undefined) {
      this.seen.set(ownString(entryId), row);
      return undefined;
    }
    return { row, field: 'entry_id', code: 'duplicate_entry', reason: `entry_id is the same as on row ${earlier}` };
  }

  private reject(problems: RowProblem[]): void {
    this.problems.push(...problems);
    this.rows += 1;
  }

  private failureReason(failure: CsvFailure): string {
    const where = this.columns ? 'the row' : 'the header';
    if (failure === 'record_too_large') return `${where} is longer than ${this.maxRecordBytes} bytes`;
    if (failure === 'malformed_quote') {
      return `${where} has a quote out of place (a quoted cell going on after its closing quote, or a quote inside a cell that is not quoted): quote the cell and write a quote inside it as ""`;
    }
    return `${where} opens a quoted cell that is never closed (the rows after it were read on their own)`;
  }
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * A copy of `text` that points into nothing else. V8 keeps a substring (of a trim, a slice) as a
 * view of its parent, so the id set would otherwise hold whatever each id was cut from.
 */
function ownString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  throw new TypeError('a register file is read as a stream of bytes');
}
