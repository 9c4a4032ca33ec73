import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live stream's record of pending decisions: one row when a decision is opened (its timeline
 * entry is recorded), when the creditor answers it and when it is closed without an answer (the case
 * was withdrawn). `tx` is the writing transaction's id: the stream reads rows in (tx, id) order and
 * only from transactions older than every one still running, so a row committed late is never
 * skipped by a client that has already seen a higher id.
 */
export class CreateDecisionChanges1700001300000 implements MigrationInterface {
  name = 'CreateDecisionChanges1700001300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE decision_changes (
        id bigserial CONSTRAINT pk_decision_changes PRIMARY KEY,
        tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        creditor_id uuid NOT NULL,
        case_id uuid NOT NULL CONSTRAINT fk_decision_changes__case_id REFERENCES cases (id),
        request_id text NOT NULL,
        kind text NOT NULL,
        change text NOT NULL CONSTRAINT ck_decision_changes__change CHECK (change IN ('opened', 'answered', 'closed')),
        answer text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_decision_changes__case_id_request_id_change UNIQUE (case_id, request_id, change)
      )`);
    await runner.query(`CREATE INDEX ix_decision_changes__creditor_id_tx_id ON decision_changes (creditor_id, tx, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE decision_changes`);
  }
}
