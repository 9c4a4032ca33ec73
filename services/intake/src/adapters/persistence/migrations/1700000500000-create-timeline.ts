import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The creditor-facing timeline of every case: one entry per event of any service that concerns the
 * case (unique on the event id, so a redelivered event appears once), ordered by when it happened.
 */
export class CreateTimeline1700000500000 implements MigrationInterface {
  name = 'CreateTimeline1700000500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE timeline_entries (
        id bigserial CONSTRAINT pk_timeline_entries PRIMARY KEY,
        case_id uuid NOT NULL,
        event_id text NOT NULL,
        event_type text NOT NULL,
        kind text NOT NULL,
        role text NOT NULL,
        occurred_at timestamptz NOT NULL,
        details jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_timeline_entries__event_case UNIQUE (event_id, case_id)
      )`);
    await runner.query(`CREATE INDEX ix_timeline_entries__case ON timeline_entries (case_id, occurred_at, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE timeline_entries');
  }
}
