import { fieldError, type FieldError } from '../../domain/shared/field-error';
import { WHOLE_ROW, type BulkRow, type RejectedBulkRow } from './bulk-row';
import { caseFromCsvRows, type CsvRow } from './csv-case-file.mapper';
import { CASE_COLUMNS, type CsvValues } from './csv-columns';

/**
 * One data line as the grouper sees it: readable values, or errors already found. `reference` is
 * the creditor_reference cell (read by position even on a malformed row, so a bad row still sinks
 * its own case).
 */
export type CsvLine = { line: number; reference: string } & ({ values: CsvValues; errors?: undefined } | { values?: undefined; errors: FieldError[] });

interface GroupLine {
  line: number;
  values?: CsvValues;
  errors: FieldError[];
}

/** A case larger than this is rejected without holding more of it in memory. */
export const DEFAULT_MAX_ROWS_PER_CASE = 1000;

/**
 * Groups consecutive lines with the same creditor_reference into cases. A case is all or nothing:
 * if one of its lines is rejected, every line of it is. Lines are handed back in file order (a case
 * at its first line), as soon as they can no longer change.
 */
export class CsvCaseGrouper {
  private reference = '';
  private lines: GroupLine[] = [];
  /** Rejected lines without a reference, met while a case is still open. */
  private asides: RejectedBulkRow[] = [];
  /** The line where the open case outgrew maxRowsPerCase: its later lines are rejected as they come. */
  private overflowedAt: number | undefined;

  constructor(private readonly maxRowsPerCase = DEFAULT_MAX_ROWS_PER_CASE) {}

  add(line: CsvLine): BulkRow[] {
    if (!line.reference) return this.reject(rejected(line.line, line.errors ?? [fieldError('creditor_reference', 'REQUIRED', 'is required: it groups the rows of a case')]));
    if (line.reference !== this.reference) {
      const done = this.flush();
      this.reference = line.reference;
      this.lines = [{ line: line.line, values: line.values, errors: line.errors ?? [] }];
      return done;
    }
    if (this.overflowedAt !== undefined) return [rejected(line.line, [caseRejected(this.overflowedAt)])];
    this.lines.push({ line: line.line, values: line.values, errors: line.errors ?? differences(this.lines[0]!, line.values!) });
    if (this.lines.length <= this.maxRowsPerCase) return [];
    return this.overflow();
  }

  /** Everything still held, at the end of the file. */
  finish(): BulkRow[] {
    return this.flush();
  }

  /**
   * Reading stopped at `line`, a row whose creditor_reference is `reference` if it could be read.
   * The open case is complete if that row visibly starts another case; otherwise it may go on past
   * the break, and all of it is rejected.
   */
  abort(line: number, reference: string | undefined): BulkRow[] {
    if (reference !== undefined && reference !== this.reference) return this.flush();
    const problem = fieldError(WHOLE_ROW, 'CASE_REJECTED', `the case may go on past line ${line}, which cannot be read`);
    for (const open of this.lines) open.errors.push(problem);
    return this.flush();
  }

  private reject(row: RejectedBulkRow): BulkRow[] {
    if (this.lines.length === 0) return [row];
    this.asides.push(row);
    return [];
  }

  private flush(): BulkRow[] {
    const done: BulkRow[] = [...this.settle(), ...this.asides];
    this.lines = [];
    this.asides = [];
    this.reference = '';
    this.overflowedAt = undefined;
    return done.sort((a, b) => lineOf(a) - lineOf(b));
  }

  private settle(): BulkRow[] {
    if (this.lines.length === 0) return [];
    const firstBad = this.lines.find((line) => line.errors.length > 0);
    if (!firstBad) return [caseFromCsvRows(this.lines.map((line): CsvRow => ({ line: line.line, values: line.values! })))];
    return this.lines.map((line) => rejected(line.line, line.errors.length > 0 ? line.errors : [caseRejected(firstBad.line)]));
  }

  private overflow(): BulkRow[] {
    const last = this.lines.at(-1)!;
    last.errors = [...last.errors, fieldError(WHOLE_ROW, 'CASE_TOO_LARGE', `a case has at most ${this.maxRowsPerCase} rows`)];
    const done = this.settle().concat(this.asides).sort((a, b) => lineOf(a) - lineOf(b));
    this.lines = [];
    this.asides = [];
    this.overflowedAt = last.line;
    return done;
  }
}

function differences(first: GroupLine, values: CsvValues): FieldError[] {
  if (!first.values) return [];
  const firstValues = first.values;
  return CASE_COLUMNS.filter((column) => values[column] !== '' && values[column] !== firstValues[column]).map((column) =>
    fieldError(column, 'CASE_FIELDS_DIFFER', `differs from line ${first.line}, where the case starts: repeat the value of the first row or leave the cell empty`),
  );
}

function caseRejected(badLine: number): FieldError {
  return fieldError(WHOLE_ROW, 'CASE_REJECTED', `the whole case is rejected because line ${badLine} is`);
}

function rejected(line: number, errors: FieldError[]): RejectedBulkRow {
  return { kind: 'rejected', line, errors };
}

function lineOf(row: BulkRow): number {
  return row.kind === 'case' ? row.firstLine : row.line;
}
