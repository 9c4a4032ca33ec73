import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each case's plan (its state machine as a snapshot), its one pending step timer, the actions sent
 * (the contact history frequency caps count across a debtor's cases) and every compliance guard
 * decision, kept for audit.
 */
export class CreateCasePlans1700000200000 implements MigrationInterface {
  name = 'CreateCasePlans1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_plans (
        case_id uuid CONSTRAINT pk_case_plans PRIMARY KEY,
        state text NOT NULL,
        debtor_identity_id uuid,
        snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ck_case_plans__state CHECK (state IN ('awaiting_facts', 'awaiting_screening', 'active', 'paused', 'closed'))
      )`);
    await runner.query(`CREATE INDEX ix_case_plans__debtor_identity_id ON case_plans (debtor_identity_id) WHERE state <> 'closed'`);

    // Timers fire in due order; the partial index holds only what is pending, so a million fired
    // steps cost the scanner nothing.
    await runner.query(`
      CREATE TABLE plan_timers (
        id bigserial CONSTRAINT pk_plan_timers PRIMARY KEY,
        case_id uuid NOT NULL CONSTRAINT fk_plan_timers__case_id REFERENCES case_plans (case_id),
        step_index int NOT NULL,
        breach_track boolean NOT NULL DEFAULT false,
        step_id text NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'pending',
        fired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_plan_timers__state CHECK (state IN ('pending', 'fired', 'cancelled'))
      )`);
    await runner.query(`CREATE INDEX ix_plan_timers__due_at ON plan_timers (due_at) WHERE state = 'pending'`);
    await runner.query(`CREATE UNIQUE INDEX uq_plan_timers__case_pending ON plan_timers (case_id) WHERE state = 'pending'`);

    await runner.query(`
      CREATE TABLE sent_actions (
        action_id uuid CONSTRAINT pk_sent_actions PRIMARY KEY,
        case_id uuid NOT NULL,
        debtor_identity_id uuid,
        step_id text NOT NULL,
        step_kind text NOT NULL,
        channel text,
        sent_at timestamptz NOT NULL,
        policy_id text NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_sent_actions__debtor_identity_id_sent_at ON sent_actions (debtor_identity_id, sent_at)`);
    await runner.query(`CREATE INDEX ix_sent_actions__case_id ON sent_actions (case_id, sent_at)`);

    await runner.query(`
      CREATE TABLE guard_decisions (
        id bigserial CONSTRAINT pk_guard_decisions PRIMARY KEY,
        case_id uuid NOT NULL,
        step_id text NOT NULL,
        outcome text NOT NULL,
        requested_at timestamptz NOT NULL,
        lawful_at timestamptz,
        moves jsonb NOT NULL DEFAULT '[]',
        policy_id text NOT NULL,
        decided_at timestamptz NOT NULL,
        CONSTRAINT ck_guard_decisions__outcome CHECK (outcome IN ('sent', 'moved', 'forbidden', 'skipped'))
      )`);
    await runner.query(`CREATE INDEX ix_guard_decisions__case_id ON guard_decisions (case_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE guard_decisions; DROP TABLE sent_actions; DROP TABLE plan_timers; DROP TABLE case_plans');
  }
}
