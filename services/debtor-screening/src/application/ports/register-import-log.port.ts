import type { RowProblem } from '../../domain/registers/register-row';

export interface RegisterImportCounts {
  rowsRead: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Rows not loaded. */
  rejected: number;
  statusChanges: number;
}

export interface RegisterImportReport extends RegisterImportCounts {
  importId: string;
  source: string;
  fileName: string;
  state: 'running' | 'completed' | 'failed';
  startedAt: Date;
  finishedAt?: Date;
  failure?: string;
  /** The bad rows, in file order; the first PROBLEMS_KEPT only, `problemsTotal` says how many there were. */
  problems: RowProblem[];
  problemsTotal: number;
}

/** Keeps the bad rows a report names; a file of a million bad rows must not fill the database. */
export const PROBLEMS_KEPT = 10_000;

/** The register imports and their reports. */
export abstract class RegisterImportLog {
  abstract start(record: { importId: string; source: string; fileName: string; startedAt: Date }): Promise<void>;
  /** Adds a chunk's counts and problems to the import's report. */
  abstract progress(importId: string, counts: RegisterImportCounts, problems: RowProblem[]): Promise<void>;
  abstract finish(importId: string, finishedAt: Date, failure?: string): Promise<void>;
  abstract report(importId: string): Promise<RegisterImportReport | undefined>;
}
