import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each case's thread with its creditor, as consultants see it. Attachments are references to the
 * object store shared with intake, kept with their message since they are always read with it.
 */
export class CreateCaseMessages1700000300000 implements MigrationInterface {
  name = 'CreateCaseMessages1700000300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_messages (
        id uuid CONSTRAINT pk_case_messages PRIMARY KEY,
        case_id uuid NOT NULL,
        sender text NOT NULL CONSTRAINT ck_case_messages__sender CHECK (sender IN ('creditor', 'consultant')),
        author_name text NOT NULL,
        agent_id uuid,
        body text NOT NULL,
        in_reply_to uuid,
        sent_at timestamptz NOT NULL,
        read_at timestamptz,
        attachments jsonb NOT NULL DEFAULT '[]'
      )`);
    await runner.query(`CREATE INDEX ix_case_messages__case_id ON case_messages (case_id, sent_at, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE case_messages`);
  }
}
