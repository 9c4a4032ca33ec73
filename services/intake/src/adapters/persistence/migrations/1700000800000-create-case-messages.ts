import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The thread of each case between the creditor and its consultant. Attachments are references to
 * objects in the object store (bytes never sit in PostgreSQL), kept with their message as JSON
 * since they are always read with it.
 */
export class CreateCaseMessages1700000800000 implements MigrationInterface {
  name = 'CreateCaseMessages1700000800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_messages (
        id uuid CONSTRAINT pk_case_messages PRIMARY KEY,
        case_id uuid NOT NULL CONSTRAINT fk_case_messages__case_id REFERENCES cases (id),
        creditor_id uuid NOT NULL,
        direction text NOT NULL CONSTRAINT ck_case_messages__direction CHECK (direction IN ('to-consultant', 'to-creditor')),
        author_name text NOT NULL,
        body text NOT NULL,
        in_reply_to uuid,
        sent_at timestamptz NOT NULL,
        read_at timestamptz,
        attachments jsonb NOT NULL DEFAULT '[]'
      )`);
    await runner.query(`CREATE INDEX ix_case_messages__case_id ON case_messages (case_id, sent_at, id)`);
    // The portal's unread badge: consultant messages the creditor has not opened.
    await runner.query(`CREATE INDEX ix_case_messages__unread ON case_messages (creditor_id) WHERE read_at IS NULL AND direction = 'to-creditor'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE case_messages`);
  }
}
