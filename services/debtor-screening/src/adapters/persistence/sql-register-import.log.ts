import type { EntityManager } from 'typeorm';
import { PROBLEMS_KEPT, RegisterImportLog, type RegisterImportCounts, type RegisterImportReport } from '../../application/ports/register-import-log.port';
import type { RowProblem } from '../../domain/registers/register-row';

interface ImportRow {
  id: string;
  source: string;
  file_name: string;
  state: RegisterImportReport['state'];
  rows_read: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  rejected: number;
  status_changes: number;
  problems_total: number;
  problems: RowProblem[];
  failure: string | null;
  started_at: Date;
  finished_at: Date | null;
}

/** Register imports and their reports in the screening database. */
export class SqlRegisterImportLog extends RegisterImportLog {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async start(record: { importId: string; source: string; fileName: string; startedAt: Date }): Promise<void> {
    await this.manager.query(`INSERT INTO register_imports (id, source, file_name, started_at) VALUES ($1, $2, $3, $4)`, [
      record.importId, record.source, record.fileName, record.startedAt.toISOString(),
    ]);
  }

  async progress(importId: string, counts: RegisterImportCounts, problems: RowProblem[]): Promise<void> {
    await this.manager.query(
      `UPDATE register_imports SET rows_read = rows_read + $2, added = added + $3, changed = changed + $4, unchanged = unchanged + $5,
         removed = removed + $6, rejected = rejected + $7, status_changes = status_changes + $8, problems_total = problems_total + $10,
         problems = CASE WHEN jsonb_array_length(problems) >= ${PROBLEMS_KEPT} THEN problems
                         ELSE problems || (SELECT coalesce(jsonb_agg(p), '[]') FROM (SELECT p FROM jsonb_array_elements($9::jsonb) p LIMIT ${PROBLEMS_KEPT} - jsonb_array_length(problems)) kept) END
       WHERE id = $1`,
      [importId, counts.rowsRead, counts.added, counts.changed, counts.unchanged, counts.removed, counts.rejected, counts.statusChanges, JSON.stringify(problems), problems.length],
    );
  }

  async finish(importId: string, finishedAt: Date, failure?: string): Promise<void> {
    await this.manager.query(`UPDATE register_imports SET state = $2, failure = $3, finished_at = $4 WHERE id = $1`, [
      importId, failure ? 'failed' : 'completed', failure ?? null, finishedAt.toISOString(),
    ]);
  }

  async report(importId: string): Promise<RegisterImportReport | undefined> {
    const rows: ImportRow[] = await this.manager.query(`SELECT * FROM register_imports WHERE id = $1`, [importId]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      importId: row.id, source: row.source, fileName: row.file_name, state: row.state, rowsRead: row.rows_read, added: row.added, changed: row.changed,
      unchanged: row.unchanged, removed: row.removed, rejected: row.rejected, statusChanges: row.status_changes, problems: row.problems,
      problemsTotal: row.problems_total, startedAt: row.started_at, ...(row.finished_at ? { finishedAt: row.finished_at } : {}), ...(row.failure ? { failure: row.failure } : {}),
    };
  }
}
