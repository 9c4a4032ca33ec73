import type { RowProblem } from './row-problem';

/** Every column a register file may have, in the order the README documents them. */
export const REGISTER_COLUMNS = [
  'entry_id',
  'action',
  'subject_type',
  'country',
  'national_id',
  'company_number',
  'given_names',
  'family_name',
  'legal_name',
  'legal_form',
  'birth_date',
  'street',
  'postal_code',
  'locality',
  'situation',
  'status',
  'effective_from',
  'effective_to',
  'reference',
  'heirs_known',
  'contact',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

const KNOWN = new Set<string>(REGISTER_COLUMNS);
const HEADER_ROW = 1;

/** A header cell as rows are keyed: trimmed, lower case (headers are case-insensitive). */
export function registerColumnName(cell: string): string {
  return cell.trim().toLowerCase();
}

/**
 * Problems of a header row, in any column order. Every column but `entry_id` may be left out:
 * a file of removals needs no more, and a missing value is reported on the rows that need it.
 */
export function checkRegisterHeader(columns: string[]): RowProblem[] {
  const names = columns.map(registerColumnName);
  if (names.every((name) => name === '')) {
    return [{ row: HEADER_ROW, code: 'empty_file', reason: 'the file has no header: its first row must name the columns' }];
  }
  const problems: RowProblem[] = [];
  const unknown = names.flatMap((name, i) => (KNOWN.has(name) ? [] : [name === '' ? `column ${i + 1} (no name)` : `"${name}"`]));
  if (unknown.length > 0) {
    const reason = `unknown columns: ${unknown.join(', ')}; the columns are ${REGISTER_COLUMNS.join(', ')}`;
    problems.push({ row: HEADER_ROW, code: 'unknown_columns', reason });
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name) && KNOWN.has(name)) {
      problems.push({ row: HEADER_ROW, field: name, code: 'duplicate_column', reason: `column ${name} appears more than once` });
    }
    seen.add(name);
  }
  if (!seen.has('entry_id')) {
    problems.push({ row: HEADER_ROW, field: 'entry_id', code: 'missing_column', reason: 'column entry_id is required' });
  }
  return problems;
}
