import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The files a timeline entry offers for download (a letter, a remittance statement, a fee invoice):
 * where each lives in the object store, per case, so a creditor reaches only its own cases' files.
 */
export class CreateTimelineDocuments1700000900000 implements MigrationInterface {
  name = 'CreateTimelineDocuments1700000900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE timeline_documents (
        document_id text NOT NULL,
        case_id uuid NOT NULL CONSTRAINT fk_timeline_documents__case_id REFERENCES cases (id),
        object_key text NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        CONSTRAINT pk_timeline_documents PRIMARY KEY (case_id, document_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE timeline_documents`);
  }
}
