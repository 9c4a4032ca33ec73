import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { parse, type CsvError, type Parser } from 'csv-parse';
import { parse as parseAll } from 'csv-parse/sync';
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
 * - Each record is numbered by the line it starts on: one more than where the last one started,
 *   plus the line breaks in its cells (csv-parse's own count is the line a record ends on, and
 *   takes a CRLF inside a quoted cell for two lines). So blank lines are read as blank records
 *   rather than skipped by csv-parse, and skipped by the caller.
 * - A record csv-parse gives up on (a broken quote, a record longer than `maxRecordBytes`) costs
 *   only its first line: it is reported there, and a new parser reads on from the next line, so
 *   the lines a broken quote swallowed are read on their own.
 * - A record with a U+FFFD in a cell has its bytes checked: bytes that are not UTF-8 flag that
 *   record alone (a Latin-1 row is rejected, not the file), and a genuine U+FFFD passes.
 * For the last two, the bytes from the first line of the record being read are kept (at most
 * about `maxRecordBytes` and one input chunk).
 * Records are pulled from the parser after each write, not taken through `on_record`, which
 * builds an info object for every record and slows the whole file by more than a tenth. The parser
 * stops at its first error (no `skip_records_with_error`, which reads on in a broken state and
 * would cost a whole chunk for every broken row).
 */
class CsvRecords {
  private records: CsvRecord[] = [];
  /** The start of the input, gathered until its first line with content is whole. */
  private head: Buffer[] = [];
  private headBytes = 0;
  private delimiter: string | undefined;
  private parser: Parser | undefined;
  private parsers = 0;
  /** The file line the next record starts on. */
  private line = 1;
  private readonly kept = new KeptLines();
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
      const parser = this.parser;
      const ended = new Promise<CsvError | undefined>((resolve) => parser.end((error?: Error | null) => resolve(error as CsvError | undefined)));
      this.pull(parser);
      const error = await ended;
      if (!error) break;
      const rest = this.recover(error.code);
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
      const written = new Promise<CsvError | undefined>((resolve) => parser.write(input, (error) => resolve(error as CsvError | undefined)));
      // Right away: the records before an error are gone once the parser is destroyed, a tick later.
      this.pull(parser);
      const error = await written;
      this.kept.dropBefore(this.line);
      if (error) {
        input = this.recover(error.code);
      } else if (this.kept.size > this.maxRecordBytes) {
        // csv-parse's max_record_size counts neither delimiters nor the blanks it trims.
        input = this.recover('CSV_MAX_RECORD_SIZE');
      } else {
        input = undefined;
      }
    }
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
    });
    // An error stops the parser (see recover()); it is read from the write and end callbacks.
    parser.on('error', () => undefined);
    return parser;
  }

  /** Takes the records the parser has read so far (all of them: each write is parsed at once). */
  private pull(parser: Parser): void {
    for (let cells: string[] | null = parser.read(); cells !== null; cells = parser.read()) this.onRecord(cells);
  }

  private onRecord(cells: string[]): void {
    const row = this.line;
    let lines = 1;
    let replacement = false;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i]!;
      if (cell.includes('\n')) {
        lines += cell.split('\n').length - 1;
        if (cell.includes('\r')) cells[i] = cell.replace(/\r\n/g, '\n');
      }
      if (cell.includes('\uFFFD')) replacement = true;
    }
    this.line += lines;
    if (replacement) this.kept.dropBefore(row);
    this.records.push({ row, cells, invalidUtf8: replacement && !isUtf8(this.kept.bytes(row + lines)) });
  }

  /**
   * Reports the record csv-parse gave up on, on its first line, and starts over after that line:
   * returns the bytes received past it, for a new parser. A quote broken on the record's first
   * line is malformed; one still open at the end of that line is unterminated.
   */
  private recover(code: string): Buffer | undefined {
    this.close();
    this.kept.dropBefore(this.line);
    const rest = this.kept.bytes();
    const lineFeed = rest.indexOf(LF);
    const firstLine = lineFeed < 0 ? rest : rest.subarray(0, lineFeed);
    let failure: CsvFailure;
    if (code === 'CSV_MAX_RECORD_SIZE') {
      failure = lineFeed < 0 || lineFeed > this.maxRecordBytes ? 'record_too_large' : 'unterminated_quote';
    } else {
      failure = code === 'CSV_QUOTE_NOT_CLOSED' || this.endsInOpenQuote(firstLine) ? 'unterminated_quote' : 'malformed_quote';
    }
    this.records.push({ row: this.line, failure });
    this.line += 1;
    this.kept.restart(this.line);
    if (lineFeed >= 0) return rest.subarray(lineFeed + 1);
    this.skippingLine = true;
    return undefined;
  }

  private endsInOpenQuote(line: Buffer): boolean {
    try {
      parseAll(line, { delimiter: this.delimiter, trim: true, relax_column_count: true });
      return false;
    } catch (error) {
      return (error as CsvError).code === 'CSV_QUOTE_NOT_CLOSED';
    }
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}

/** The bytes given to the parser, from the start of line `first` on. */
class KeptLines {
  /** How many bytes are kept. */
  size = 0;
  private first = 1;
  private chunks: Buffer[] = [];
  /** Where line `first` starts in chunks[0]. */
  private start = 0;

  push(bytes: Buffer): void {
    this.chunks.push(bytes);
    this.size += bytes.length;
  }

  /** Lets go of the lines before `line` (all of them received). */
  dropBefore(line: number): void {
    while (this.first < line && this.chunks.length > 0) {
      const lineFeed = this.chunks[0]!.indexOf(LF, this.start);
      const end = lineFeed < 0 ? this.chunks[0]!.length : lineFeed + 1;
      this.size -= end - this.start;
      if (lineFeed < 0) {
        this.chunks.shift();
        this.start = 0;
      } else {
        this.first += 1;
        this.start = end;
      }
    }
  }

  /** The bytes from line `first` up to line `to` (or to the end). */
  bytes(to = Infinity): Buffer {
    const parts: Buffer[] = [];
    let line = this.first;
    for (let i = 0; i < this.chunks.length && line < to; i += 1) {
      const bytes = i === 0 ? this.chunks[0]!.subarray(this.start) : this.chunks[i]!;
      let end = bytes.length;
      for (let lineFeed = to === Infinity ? -1 : bytes.indexOf(LF); lineFeed >= 0; lineFeed = bytes.indexOf(LF, lineFeed + 1)) {
        line += 1;
        if (line === to) {
          end = lineFeed + 1;
          break;
        }
      }
      parts.push(end === bytes.length ? bytes : bytes.subarray(0, end));
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  restart(first: number): void {
    this.first = first;
    this.chunks = [];
    this.start = 0;
    this.size = 0;
  }
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
    const raw: Record<string, string> = Object.create(null);
    for (let i = 0; i < columns.length; i += 1) raw[columns[i]!] = cells[i]!;
    const read = readRegisterRow(raw, row, this.kind, this.today);
    const duplicate = this.duplicateOf(raw.entry_id, row);
    if ('problems' in read || duplicate) {
      this.reject('problems' in read ? (duplicate ? [...read.problems, duplicate] : read.problems) : [duplicate!]);
      return;
    }
    this.entries.push(Object.assign(read.entry, { row }));
    this.rows += 1;
  }

  /** Ids are remembered for rejected rows too: a later row with the same id is a conflict either way. */
  private duplicateOf(cell: string | undefined, row: number): RowProblem | undefined {
    const entryId = cell?.trim();
    if (!entryId) return undefined;
    const earlier = this.seen.get(entryId);
    if (earlier === undefined) {
      this.seen.set(entryId === cell ? cell : ownString(entryId), row);
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
