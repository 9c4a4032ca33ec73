import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agents (with hashed API keys), what contact-center knows of each case, the work queue (tasks
 * leased to one agent at a time), every interaction, negotiations (plans, settlements, the
 * creditor's approval), the debtor's declaration of income and charges, disputes, third parties,
 * and the exchange rates the authority limit is computed with.
 */
export class CreateWorkQueues1700000200000 implements MigrationInterface {
  name = 'CreateWorkQueues1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agents (
        id uuid CONSTRAINT pk_agents PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL,
        countries text[] NOT NULL,
        languages text[] NOT NULL,
        key_id text NOT NULL CONSTRAINT uq_agents__key_id UNIQUE,
        secret_sha256 bytea NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_agents__role CHECK (role IN ('agent', 'team_lead'))
      )`);
    await runner.query(`
      CREATE TABLE cases (
        case_id uuid CONSTRAINT pk_cases PRIMARY KEY,
        creditor_id uuid NOT NULL,
        country text NOT NULL,
        language text NOT NULL,
        debtor_name text NOT NULL,
        balance jsonb NOT NULL,
        currency text NOT NULL,
        closed boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A task is queued, then leased to one agent until done or until its lease runs out (abandoned:
    // it is handed out again). One queue per country and language; the partial index reads each
    // queue in priority order, so "next task" never sorts the backlog.
    await runner.query(`
      CREATE TABLE tasks (
        id uuid CONSTRAINT pk_tasks PRIMARY KEY,
        action_id text NOT NULL CONSTRAINT uq_tasks__action_id UNIQUE,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        country text NOT NULL,
        language text NOT NULL,
        queue text GENERATED ALWAYS AS (country || ':' || language) STORED,
        details jsonb NOT NULL,
        priority double precision NOT NULL,
        not_before timestamptz NOT NULL,
        not_after timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'queued',
        leased_by uuid,
        lease_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz,
        CONSTRAINT ck_tasks__state CHECK (state IN ('queued', 'leased', 'done', 'cancelled')),
        CONSTRAINT ck_tasks__kind CHECK (kind IN ('CALL', 'VISIT', 'CREDITOR_MESSAGE', 'HEIR_SEARCH'))
      )`);
    await runner.query(`CREATE INDEX ix_tasks__open ON tasks (queue, priority DESC) WHERE state IN ('queued', 'leased')`);
    await runner.query(`CREATE INDEX ix_tasks__case_id ON tasks (case_id)`);
    await runner.query(`
      CREATE TABLE interactions (
        id uuid CONSTRAINT pk_interactions PRIMARY KEY,
        case_id uuid NOT NULL,
        task_id uuid,
        agent_id uuid NOT NULL,
        channel text NOT NULL,
        direction text NOT NULL,
        result text NOT NULL,
        details jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        note_for_creditor boolean NOT NULL DEFAULT false,
        minutes_spent int NOT NULL,
        contacted_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_interactions__case_id ON interactions (case_id, contacted_at)`);
    await runner.query(`
      CREATE TABLE negotiations (
        id uuid CONSTRAINT pk_negotiations PRIMARY KEY,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        proposal jsonb NOT NULL,
        approval_request_id uuid CONSTRAINT uq_negotiations__approval_request_id UNIQUE,
        agent_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        CONSTRAINT ck_negotiations__kind CHECK (kind IN ('plan', 'settlement')),
        CONSTRAINT ck_negotiations__status CHECK (status IN ('agreed', 'awaiting_creditor', 'declined_by_creditor'))
      )`);
    await runner.query(`CREATE INDEX ix_negotiations__case_id ON negotiations (case_id)`);
    await runner.query(`
      CREATE TABLE income_declarations (
        case_id uuid CONSTRAINT pk_income_declarations PRIMARY KEY,
        declaration jsonb NOT NULL,
        entered_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE disputes (
        id uuid CONSTRAINT pk_disputes PRIMARY KEY,
        case_id uuid NOT NULL,
        state text NOT NULL,
        dispute jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_disputes__case_id ON disputes (case_id)`);
    // What the debtor sent in support of a dispute (checked PDF or pictures), kept with it.
    await runner.query(`
      CREATE TABLE dispute_documents (
        id uuid CONSTRAINT pk_dispute_documents PRIMARY KEY,
        dispute_id uuid NOT NULL CONSTRAINT fk_dispute_documents__dispute_id REFERENCES disputes (id),
        file_name text NOT NULL,
        media_type text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE third_parties (
        id uuid CONSTRAINT pk_third_parties PRIMARY KEY,
        case_id uuid NOT NULL,
        role text NOT NULL,
        name text NOT NULL,
        contact jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_third_parties__case_id ON third_parties (case_id)`);
    await runner.query(`
      CREATE TABLE exchange_rates (
        currency text CONSTRAINT pk_exchange_rates PRIMARY KEY,
        eur_per text NOT NULL,
        as_of date NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE creditor_terms (
        creditor_id uuid CONSTRAINT pk_creditor_terms PRIMARY KEY,
        terms jsonb NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE creditor_terms; DROP TABLE exchange_rates; DROP TABLE third_parties; DROP TABLE dispute_documents; DROP TABLE disputes; DROP TABLE income_declarations; DROP TABLE negotiations; DROP TABLE interactions; DROP TABLE tasks; DROP TABLE cases; DROP TABLE agents',
    );
  }
}
