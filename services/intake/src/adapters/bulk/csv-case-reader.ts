import type { Readable } from 'node:stream';
import { fieldError } from '../../domain/shared/field-error';
import { WHOLE_ROW, type BulkRow } from './bulk-row';
import { CsvCaseGrouper, DEFAULT_MAX_ROWS_PER_CASE, type CsvLine } from './csv-case-grouper';
import { CsvHeader } from './csv-columns';
import { DEFAULT_MAX_RECORD_BYTES, readCsvRecords } from './csv-records';

export type { BulkRow, CaseBulkRow, RejectedBulkRow } from './bulk-row';
export { locateFieldError } from './locate-field-error';

export interface CsvCaseReaderOptions {
  /** A longer row stops the reading (RECORD_TOO_LARGE, or UNBALANCED_QUOTE inside an open quote). */
  maxRecordBytes?: number;
  /** A case with more rows is rejected as a whole (CASE_TOO_LARGE), so one case never fills memory. */
  maxRowsPerCase?: number;
}

/**
 * Reads a case-import CSV (layout: services/intake/docs/case-import-csv.md) into cases and rejected
 * lines, in file order, holding one case at a time. Values are passed on verbatim (trimmed), never
 * interpreted: checking them is validateCaseFile's job. A case is all or nothing: when one of its
 * rows is rejected, all of them are. After a broken quote nothing more is read; the case read
 * just before it is handed out only if the broken row visibly belongs to another case (its
 * creditor_reference cell, before the break, differs), since otherwise it may go on past the break.
 */
export async function* readCsvCases(text: Readable, options: CsvCaseReaderOptions = {}): AsyncGenerator<BulkRow> {
  const grouper = new CsvCaseGrouper(options.maxRowsPerCase ?? DEFAULT_MAX_ROWS_PER_CASE);
  let header: CsvHeader | undefined;
  for await (const record of readCsvRecords(text, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES)) {
    if (record.kind === 'failure') {
      yield* grouper.abort(record.line, header?.leadingCell(record.cellsBefore, 'creditor_reference'));
      yield { kind: 'rejected', line: record.line, errors: [fieldError(WHOLE_ROW, record.code, record.message)] };
      return;
    }
    if (!header) {
      const read = CsvHeader.read(record.cells);
      if (read.errors.length > 0) {
        yield { kind: 'rejected', line: record.line, errors: read.errors };
        return;
      }
      header = read.header;
      continue;
    }
    const line = dataLine(header, record.line, record.cells);
    if (line) yield* grouper.add(line);
  }
  if (!header) {
    yield { kind: 'rejected', line: 1, errors: [fieldError(WHOLE_ROW, 'MISSING_HEADER', 'the file is empty: a header row is required')] };
    return;
  }
  yield* grouper.finish();
}

/** A data row as the grouper needs it; undefined for a row of empty cells (skipped like an empty line). */
function dataLine(header: CsvHeader, line: number, cells: string[]): CsvLine | undefined {
  if (cells.every((cell) => cell.trim() === '')) return undefined;
  const reference = header.cell(cells, 'creditor_reference');
  if (cells.length !== header.width) {
    return { line, reference, errors: [fieldError(WHOLE_ROW, 'COLUMN_COUNT', `expected ${header.width} columns, got ${cells.length}`)] };
  }
  // U+FFFD is what the decoder put in place of bytes it could not decode.
  const undecodable = cells.flatMap((cell, i) =>
    cell.includes('\uFFFD') ? [fieldError(header.nameAt(i), 'INVALID_ENCODING', 'holds bytes that are not valid in the file encoding: save the file as UTF-8')] : [],
  );
  if (undecodable.length > 0) return { line, reference, errors: undecodable };
  return { line, reference, values: header.values(cells) };
}
