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
    // Where each case stands, as the timeline's events tell it: for the portfolio list and reports.
    await runner.query(`
      CREATE TABLE case_progress (
        case_id uuid CONSTRAINT pk_case_progress PRIMARY KEY CONSTRAINT fk_case_progress__case_id REFERENCES cases (id),
        balance_minor bigint,
        collected_minor bigint NOT NULL DEFAULT 0,
        remitted_minor bigint NOT NULL DEFAULT 0,
        last_activity text,
        last_activity_at timestamptz,
        outcome text,
        paid_in_full_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE case_progress; DROP TABLE timeline_entries');
  }
}
