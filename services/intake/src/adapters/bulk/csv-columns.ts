import { fieldError, type FieldError } from '../../domain/shared/field-error';

/** The columns of the case-import CSV layout (docs/case-import-csv.md). */
export const CSV_COLUMNS = [
  'creditor_reference', 'category', 'currency', 'debtor_kind', 'given_names', 'family_name', 'birth_date', 'national_id',
  'legal_name', 'company_number', 'vat_number', 'address_line1', 'address_line2', 'postal_code', 'locality', 'region',
  'address_country', 'phones', 'emails', 'language', 'country', 'invoice_number', 'invoice_issue_date', 'invoice_due_date',
  'invoice_principal_minor', 'interest_rate_bp', 'interest_minor', 'costs_minor', 'partial_payment_minor',
  'partial_payment_date', 'partial_payment_reference',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A file without one of these columns cannot describe a case at all. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'creditor_reference', 'category', 'currency', 'debtor_kind', 'language', 'country',
  'invoice_number', 'invoice_issue_date', 'invoice_due_date', 'invoice_principal_minor',
];

/** Columns that may change from one row of a case to the next: each row is an invoice, and may carry a payment. */
export const ROW_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>([
  'invoice_number', 'invoice_issue_date', 'invoice_due_date', 'invoice_principal_minor',
  'partial_payment_minor', 'partial_payment_date', 'partial_payment_reference',
]);

/** Every other column describes the case and its debtor, and is read from the first row of the case. */
export const CASE_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter((column) => !ROW_COLUMNS.has(column));

/** The known columns of one row, trimmed; a column the file does not have reads as ''. */
export type CsvValues = Record<CsvColumn, string>;

const KNOWN = new Set<string>(CSV_COLUMNS);

/** Where each column sits in the file. Names are matched case-insensitively; unknown columns are ignored. */
export class CsvHeader {
  private constructor(
    /** The names as written, lower-cased and trimmed, in file order. */
    readonly names: readonly string[],
    private readonly index: ReadonlyMap<CsvColumn, number>,
  ) {}

  static read(cells: readonly string[]): { header: CsvHeader; errors: FieldError[] } {
    const names = cells.map((cell) => cell.trim().toLowerCase());
    const index = new Map<CsvColumn, number>();
    const errors: FieldError[] = [];
    names.forEach((name, i) => {
      if (!KNOWN.has(name)) return;
      if (index.has(name as CsvColumn)) errors.push(fieldError(name, 'DUPLICATE_COLUMN', 'appears more than once in the header'));
      else index.set(name as CsvColumn, i);
    });
    for (const column of REQUIRED_COLUMNS) {
      if (!index.has(column)) errors.push(fieldError(column, 'MISSING_COLUMN', 'is a required column and is missing from the header'));
    }
    return { header: new CsvHeader(names, index), errors };
  }

  get width(): number {
    return this.names.length;
  }

  /** The name of the n-th cell, for reporting (an unnamed column is `column <n>`, 1-based). */
  nameAt(position: number): string {
    return this.names[position] || `column ${position + 1}`;
  }

  /** The cell of `column` in a row, trimmed; '' when the file has no such column or the row is too short. */
  cell(cells: readonly string[], column: CsvColumn): string {
    const position = this.index.get(column);
    return position === undefined ? '' : (cells[position] ?? '').trim();
  }

  /** The cell of `column` among the first cells of a row; undefined when the row stops before it. */
  leadingCell(cells: readonly string[], column: CsvColumn): string | undefined {
    const position = this.index.get(column);
    return position === undefined || position >= cells.length ? undefined : cells[position]!.trim();
  }

  values(cells: readonly string[]): CsvValues {
    const values = {} as CsvValues;
    for (const column of CSV_COLUMNS) values[column] = this.cell(cells, column);
    return values;
  }
}
