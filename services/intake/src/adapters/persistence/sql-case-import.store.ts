import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseImportCompletedSchema } from '@collections/contracts';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseImportLog, CaseImportStore, type ImportProgress, type ImportRejection } from '../../application/ports/case-import-store.port';

/** Report lines and counters of an import, through the chunk's transaction. */
export class SqlCaseImportLog extends CaseImportLog {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async record(caseImportId: string, p: ImportProgress, rejections: ImportRejection[]): Promise<void> {
    await this.manager.query(
      `UPDATE case_imports SET rows_read = rows_read + $2, rows_unreadable = rows_unreadable + $3, cases_read = cases_read + $4,
              cases_opened = cases_opened + $5, cases_already_known = cases_already_known + $6, cases_rejected = cases_rejected + $7,
              updated_at = now()
       WHERE id = $1`,
      [caseImportId, p.rowsRead, p.rowsUnreadable, p.casesRead, p.casesOpened, p.casesAlreadyKnown, p.casesRejected],
    );
    if (rejections.length === 0) return;
    // File order in the report: conflicts are only known after the chunk's validation problems.
    rejections = [...rejections].sort((a, b) => a.line - b.line);
    await this.manager.query(
      `INSERT INTO case_import_rejections (case_import_id, line, creditor_reference, column_name, code, message)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        caseImportId,
        rejections.map((r) => r.line),
        rejections.map((r) => r.creditorReference),
        rejections.map((r) => r.column),
        rejections.map((r) => r.code),
        rejections.map((r) => r.message),
      ],
    );
  }
}

/** Bulk imports in the intake database. */
@Injectable()
export class SqlCaseImportStore extends CaseImportStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async create(creditorId: string, file: { format: 'csv' | 'jsonl'; bytes: number; sha256: string }): Promise<string> {
    const id = randomUUID();
    await this.dataSource.query(`INSERT INTO case_imports (id, creditor_id, format, file_bytes, file_sha256, status) VALUES ($1, $2, $3, $4, $5, 'queued')`, [
      id, creditorId, file.format, file.bytes, file.sha256,
    ]);
    return id;
  }

  async markRunning(caseImportId: string): Promise<void> {
    await this.dataSource.query(`UPDATE case_imports SET status = 'running', updated_at = now() WHERE id = $1`, [caseImportId]);
  }

  async complete(caseImportId: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
      const [[row]] = await manager.query(
        `UPDATE case_imports SET status = 'completed', completed_at = now(), updated_at = now() WHERE id = $1
         RETURNING creditor_id, rows_read, rows_unreadable, cases_opened, cases_already_known, cases_rejected`,
        [caseImportId],
      );
      await this.outbox.append(manager, [
        {
          schema: CaseImportCompletedSchema,
          key: caseImportId,
          data: {
            caseImportId,
            creditorId: row.creditor_id,
            rowsRead: row.rows_read,
            casesOpened: row.cases_opened,
            casesAlreadyKnown: row.cases_already_known,
            casesRejected: row.cases_rejected + row.rows_unreadable,
          },
        },
      ]);
    });
  }

  async fail(caseImportId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE case_imports SET status = 'failed', failure = $2, completed_at = now(), updated_at = now() WHERE id = $1`, [caseImportId, reason]);
  }

  /**
   * Imports a stopped process left unfinished: their spooled file went with it. Only imports idle
   * for `idleMs` count (every committed chunk touches updated_at), so another replica's running
   * import is left alone.
   */
  async failInterrupted(idleMs: number): Promise<number> {
    const [, affected] = await this.dataSource.query(
      `UPDATE case_imports SET status = 'failed', completed_at = now(), updated_at = now(),
              failure = 'interrupted by a restart of the service; upload the file again: cases already opened are recognised and not duplicated'
       WHERE status IN ('queued', 'running') AND updated_at < now() - make_interval(secs => $1)`,
      [idleMs / 1000],
    );
    return affected;
  }
}
