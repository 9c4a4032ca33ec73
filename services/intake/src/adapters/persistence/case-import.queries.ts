import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseImportNotFoundError } from '../../domain/shared/intake-error';

export interface CaseImportView {
  id: string;
  format: string;
  status: string;
  /** True once the file is read to the end (completed) or given up (failed). */
  done: boolean;
  fileBytes: number;
  fileSha256: string;
  rowsRead: number;
  rowsUnreadable: number;
  casesRead: number;
  casesOpened: number;
  casesAlreadyKnown: number;
  casesRejected: number;
  failure: string | null;
  createdAt: string;
  completedAt: string | null;
  /** Imports of the same creditor with the same file content before this one. */
  sameFileAs: string[];
}

/** Read side of imports, always filtered by creditor. */
@Injectable()
export class CaseImportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(creditorId: string, caseImportId: string): Promise<CaseImportView> {
    const rows = await this.dataSource.query(
      `SELECT i.*, coalesce((SELECT array_agg(p.id ORDER BY p.created_at) FROM case_imports p
                              WHERE p.creditor_id = i.creditor_id AND p.file_sha256 = i.file_sha256 AND p.created_at < i.created_at), '{}') AS same_file_as
       FROM case_imports i WHERE i.id = $1 AND i.creditor_id = $2`,
      [caseImportId, creditorId],
    );
    if (rows.length === 0) throw new CaseImportNotFoundError(caseImportId);
    const row = rows[0];
    return {
      id: row.id,
      format: row.format,
      status: row.status,
      done: row.status === 'completed' || row.status === 'failed',
      fileBytes: Number(row.file_bytes),
      fileSha256: row.file_sha256,
      rowsRead: row.rows_read,
      rowsUnreadable: row.rows_unreadable,
      casesRead: row.cases_read,
      casesOpened: row.cases_opened,
      casesAlreadyKnown: row.cases_already_known,
      casesRejected: row.cases_rejected,
      failure: row.failure,
      createdAt: row.created_at.toISOString(),
      completedAt: row.completed_at?.toISOString() ?? null,
      sameFileAs: row.same_file_as,
    };
  }

  /** The report lines in file order, a page at a time, so a million-line report streams. */
  async *rejections(creditorId: string, caseImportId: string): AsyncGenerator<{ line: number; column: string; code: string; message: string; creditorReference: string }> {
    await this.get(creditorId, caseImportId);
    let after = 0;
    for (;;) {
      const rows: Array<{ id: string; line: number; column_name: string; code: string; message: string; creditor_reference: string }> = await this.dataSource.query(
        `SELECT id, line, column_name, code, message, creditor_reference FROM case_import_rejections
         WHERE case_import_id = $1 AND id > $2 ORDER BY id LIMIT 1000`,
        [caseImportId, after],
      );
      for (const row of rows) yield { line: row.line, column: row.column_name, code: row.code, message: row.message, creditorReference: row.creditor_reference };
      if (rows.length < 1000) return;
      after = Number(rows[rows.length - 1].id);
    }
  }
}
