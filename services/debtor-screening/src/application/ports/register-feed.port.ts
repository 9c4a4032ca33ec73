import type { RegisterEntry } from '../../domain/registers/register-entry';
import type { RowProblem } from '../../domain/registers/register-row';

/** One change a register announces, with the action its source declared and where it came from. */
export interface RegisterChange {
  /** The file's line (header = 1), or the position in a live registry's feed. */
  row: number;
  declaredAction: 'add' | 'change' | 'upsert' | 'remove';
  entry: RegisterEntry;
}

export interface RegisterBatch {
  changes: RegisterChange[];
  /** Rows the source could not read, reported and skipped; the good rows still load. */
  problems: RowProblem[];
}

/**
 * Where a register's changes come from. Today a CSV file uploaded by an operator (see
 * adapters/register-files); a live registry adapter (a court's or a company register's API,
 * polled or pushed) implements the same port and the import stays as it is.
 */
export interface RegisterFeed {
  /** What to call the feed in the import report: the file name, or the registry and the period fetched. */
  readonly name: string;
  batches(): AsyncIterable<RegisterBatch>;
}
