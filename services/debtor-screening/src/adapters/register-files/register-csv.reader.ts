import type { Readable } from 'node:stream';
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
import { CsvRecordSplitter, DEFAULT_MAX_RECORD_BYTES, type CsvFailure, type CsvRecord } from './csv-record-splitter';

export type { RegisterFileChunk } from '../../domain/registers/register-row';

export interface RegisterCsvOptions {
  kind: RegisterKind;
  /** YYYY-MM-DD, from the caller's clock: later birth dates are rejected. */
  today: string;
  /** Rows per chunk, loaded and rejected alike; blank lines are not rows. */
  chunkSize?: number;
  maxRecordBytes?: number;
}

export const DEFAULT_CHUNK_SIZE = 5_000;

/**
 * Reads a register CSV file (layout: ./README.md) as it streams in, in chunks of at most
 * `chunkSize` rows: each row is either an entry or its problems, numbered by the file line it
 * starts on (the header is row 1). A bad row never stops the reading and never throws. A file
 * that cannot be read at all (empty, no header, unknown columns, not UTF-8) yields a single chunk
 * with its problems on the header row and no entries. Memory holds one input chunk, one output
 * chunk and the entry ids seen so far (duplicates are found across the whole file; about 100 bytes
 * per id, so ~100 MB for a million rows).
 */
export async function* readRegisterCsv(input: Readable | AsyncIterable<Buffer>, options: RegisterCsvOptions): AsyncGenerator<RegisterFileChunk> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  if (!isCalendarDate(options.today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got ${options.today}`);
  const file = new RegisterRows(options.kind, options.today, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  for await (const records of csvRecords(input, new CsvRecordSplitter(options.maxRecordBytes))) {
    for (const record of records) {
      file.add(record);
      if (file.rejected) {
        yield file.take();
        return;
      }
      if (file.rows >= chunkSize) yield file.take();
    }
  }
  if (!file.hasHeader) {
    yield { entries: [], problems: [{ row: 1, code: 'empty_file', reason: 'the file is empty: its first row must name the columns' }] };
  } else if (file.rows > 0) {
    yield file.take();
  }
}

async function* csvRecords(input: AsyncIterable<unknown>, splitter: CsvRecordSplitter): AsyncGenerator<CsvRecord[]> {
  for await (const data of input) yield splitter.push(toBuffer(data));
  yield splitter.end();
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
    } else if (!this.columns) {
      this.readHeader(record.row, record.cells, record.invalidUtf8);
    } else if (!isBlank(record.cells)) {
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
    if (failure === 'malformed_quote') return `${where} has a quoted cell that goes on after its closing quote: write a quote inside a cell as ""`;
    return `${where} opens a quoted cell that is never closed (the rows after it were read on their own)`;
  }
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * A copy of `text` that does not point into the line it was cut from. V8 keeps a substring as a
 * view of its parent, so the id set would otherwise hold every line of the file.
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
