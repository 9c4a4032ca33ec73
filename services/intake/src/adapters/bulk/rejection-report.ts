import { stringify } from 'csv-stringify';
import { Readable, pipeline } from 'node:stream';

/** One problem of a bulk import, where the creditor must fix it. */
export interface RejectionReportRow {
  line: number;
  column: string;
  code: string;
  message: string;
  creditorReference?: string;
}

export const REJECTION_REPORT_COLUMNS = ['line', 'creditor_reference', 'column', 'code', 'message'] as const;

// CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with =, +, -, @,
// a tab or a carriage return as a formula. The report echoes what creditors uploaded (their
// references, column names), so every such cell gets a leading single quote ('), which makes the
// spreadsheet show it as text. The full-width forms are included: some applications normalise
// them to their ASCII twin. csv-stringify quotes any cell holding a delimiter, quote or line
// break, so a value cannot spill into a cell of its own.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The rejections of an import as a CSV file (header `line,creditor_reference,column,code,message`),
 * streamed row by row; an error of `rows` ends the stream with that error.
 */
export function rejectionReportCsv(rows: AsyncIterable<RejectionReportRow>): Readable {
  const csv = stringify({ header: true, columns: [...REJECTION_REPORT_COLUMNS] });
  pipeline(Readable.from(records(rows)), csv, () => undefined);
  return csv;
}

async function* records(rows: AsyncIterable<RejectionReportRow>): AsyncGenerator<Record<(typeof REJECTION_REPORT_COLUMNS)[number], string>> {
  for await (const row of rows) {
    yield {
      line: neutraliseFormula(String(row.line)),
      creditor_reference: neutraliseFormula(row.creditorReference ?? ''),
      column: neutraliseFormula(row.column),
      code: neutraliseFormula(row.code),
      message: neutraliseFormula(row.message),
    };
  }
}
