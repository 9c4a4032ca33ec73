import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What creditors add to their cases after opening them: instructions (answers to the agency and
 * unsolicited ones), payments received directly, and supporting documents.
 *
 * Documents are kept in the intake database for now (size-capped, type-checked): the object store
 * behind an S3-compatible interface comes with the creditor portal.
 */
export class CreateCaseRecords1700000400000 implements MigrationInterface {
  name = 'CreateCaseRecords1700000400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE creditor_instructions (
        id uuid CONSTRAINT pk_creditor_instructions PRIMARY KEY,
        case_id uuid NOT NULL CONSTRAINT fk_creditor_instructions__case_id REFERENCES cases (id),
        creditor_id uuid NOT NULL,
        kind text NOT NULL,
        in_reply_to text NOT NULL DEFAULT '',
        note text NOT NULL DEFAULT '',
        document_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_creditor_instructions__case_id ON creditor_instructions (case_id, created_at)`);
    await runner.query(`
      CREATE TABLE direct_payment_reports (
        id uuid CONSTRAINT pk_direct_payment_reports PRIMARY KEY,
        case_id uuid NOT NULL CONSTRAINT fk_direct_payment_reports__case_id REFERENCES cases (id),
        creditor_id uuid NOT NULL,
        amount_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        received_on date NOT NULL,
        reference text NOT NULL,
        reported_late boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_direct_payment_reports__case_id__reference UNIQUE (case_id, reference),
        CONSTRAINT ck_direct_payment_reports__amount CHECK (amount_minor > 0)
      )`);
    await runner.query(`
      CREATE TABLE case_documents (
        id uuid CONSTRAINT pk_case_documents PRIMARY KEY,
        case_id uuid NOT NULL CONSTRAINT fk_case_documents__case_id REFERENCES cases (id),
        creditor_id uuid NOT NULL,
        kind text NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_case_documents__case_id ON case_documents (case_id, created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE case_documents; DROP TABLE direct_payment_reports; DROP TABLE creditor_instructions');
  }
}
