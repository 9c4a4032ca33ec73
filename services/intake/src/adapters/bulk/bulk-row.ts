import type { CaseFileInput } from '../../domain/case-file/case-file.input';
import type { FieldError } from '../../domain/shared/field-error';

/** One case read from a bulk file, not validated yet. Line numbers are 1-based physical lines. */
export interface CaseBulkRow {
  kind: 'case';
  caseFile: CaseFileInput;
  /** The line the case starts on. */
  firstLine: number;
  /** The line of each invoice: `lines[i]` carried `caseFile.invoices[i]`. */
  lines: number[];
  /** The line of each partial payment: `paymentLines[i]` carried `caseFile.partialPayments[i]`. */
  paymentLines: number[];
}

/** A line that could not be read as (part of) a case. `field` is a CSV column name or `(row)`. */
export interface RejectedBulkRow {
  kind: 'rejected';
  line: number;
  errors: FieldError[];
}

/** What the bulk readers yield, in file order. */
export type BulkRow = CaseBulkRow | RejectedBulkRow;

/** The `field` of an error about a whole row rather than one column. */
export const WHOLE_ROW = '(row)';
