import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk imports and their per-row report. Counters are updated with each committed chunk, so a
 * creditor polling the import sees progress while the file is read.
 */
export class CreateCaseImports1700000300000 implements MigrationInterface {
  name = 'CreateCaseImports1700000300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_imports (
        id uuid CONSTRAINT pk_case_imports PRIMARY KEY,
        creditor_id uuid NOT NULL CONSTRAINT fk_case_imports__creditor_id REFERENCES creditors (id),
        format text NOT NULL,
        file_bytes bigint NOT NULL,
        file_sha256 text NOT NULL,
        status text NOT NULL,
        rows_read int NOT NULL DEFAULT 0,
        rows_unreadable int NOT NULL DEFAULT 0,
        cases_read int NOT NULL DEFAULT 0,
        cases_opened int NOT NULL DEFAULT 0,
        cases_already_known int NOT NULL DEFAULT 0,
        cases_rejected int NOT NULL DEFAULT 0,
        failure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ck_case_imports__status CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        CONSTRAINT ck_case_imports__format CHECK (format IN ('csv', 'jsonl'))
      )`);
    await runner.query(`CREATE INDEX ix_case_imports__creditor_id__created_at ON case_imports (creditor_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE case_import_rejections (
        id bigserial CONSTRAINT pk_case_import_rejections PRIMARY KEY,
        case_import_id uuid NOT NULL CONSTRAINT fk_case_import_rejections__case_import_id REFERENCES case_imports (id) ON DELETE CASCADE,
        line int NOT NULL,
        creditor_reference text NOT NULL DEFAULT '',
        column_name text NOT NULL,
        code text NOT NULL,
        message text NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_case_import_rejections__case_import_id__line ON case_import_rejections (case_import_id, line, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE case_import_rejections; DROP TABLE case_imports');
  }
}
