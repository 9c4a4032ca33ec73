/**
 * Why a row of a register file (or the whole file) was not loaded. Codes are stable: operators'
 * reports and the loader's statistics group by them; `reason` is for people and names the field.
 */
export type RowProblemCode =
  // a value of the row
  | 'missing'
  | 'unknown_action'
  | 'unknown_subject_type'
  | 'invalid_country'
  | 'invalid_date'
  | 'future_date'
  | 'date_range'
  | 'unknown_situation'
  | 'unknown_status'
  | 'invalid_boolean'
  | 'not_allowed'
  | 'situation_for_wrong_subject'
  | 'subject_for_wrong_register'
  | 'not_matchable'
  // the row in its file
  | 'duplicate_entry'
  | 'invalid_encoding'
  | 'column_count'
  | 'unterminated_quote'
  | 'malformed_quote'
  | 'record_too_large'
  // the row against the register it loads into (found by the loader)
  | 'unknown_entry'
  | 'entry_exists'
  // the whole file (reported on the header row; nothing is loaded)
  | 'empty_file'
  | 'unknown_columns'
  | 'duplicate_column'
  | 'missing_column';

export interface RowProblem {
  /** Line of the file where the row starts; the header is row 1. */
  row: number;
  /** Column name, lower case, when one field is at fault. */
  field?: string;
  code: RowProblemCode;
  reason: string;
}
