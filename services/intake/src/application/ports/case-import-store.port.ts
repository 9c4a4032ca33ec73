/** One problem of a bulk import, where the creditor must fix it. */
export interface ImportRejection {
  line: number;
  /** CSV column (or JSON path for JSON Lines) the problem is in; `(row)` for the whole row. */
  column: string;
  code: string;
  message: string;
  creditorReference: string;
}

/** Counts added by one committed chunk. */
export interface ImportProgress {
  rowsRead: number;
  rowsUnreadable: number;
  casesRead: number;
  casesOpened: number;
  casesAlreadyKnown: number;
  casesRejected: number;
}

export const NO_PROGRESS: ImportProgress = { rowsRead: 0, rowsUnreadable: 0, casesRead: 0, casesOpened: 0, casesAlreadyKnown: 0, casesRejected: 0 };

/** The import's report and counters, inside the chunk's transaction. */
export abstract class CaseImportLog {
  abstract record(caseImportId: string, progress: ImportProgress, rejections: ImportRejection[]): Promise<void>;
}

/** Import bookkeeping outside chunk transactions. */
export abstract class CaseImportStore {
  abstract markRunning(caseImportId: string): Promise<void>;
  /** Marks the import completed and publishes CaseImportCompleted with its totals. */
  abstract complete(caseImportId: string): Promise<void>;
  abstract fail(caseImportId: string, reason: string): Promise<void>;
}
