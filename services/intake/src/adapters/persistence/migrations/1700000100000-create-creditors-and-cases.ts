import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creditors and their API keys, the consultant directory, and cases as submitted.
 *
 * - creditor_api_keys keep only a SHA-256 of the secret: keys are 256-bit random values, so a
 *   slow password hash would add latency to every request without adding safety. `key_id` is the
 *   public half of the key, for lookup without scanning.
 * - cases.case_file is the validated submission (amounts as strings: jsonb numbers are doubles);
 *   `fingerprint` recognises a resubmission of the same content.
 * - consultants.open_cases is maintained with each assignment, so balancing a 100,000-row
 *   import does not count cases per row.
 */
export class CreateCreditorsAndCases1700000100000 implements MigrationInterface {
  name = 'CreateCreditorsAndCases1700000100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE creditors (
        id uuid CONSTRAINT pk_creditors PRIMARY KEY,
        name text NOT NULL,
        registration_fee_minor bigint,
        registration_fee_currency char(3),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ck_creditors__fee CHECK ((registration_fee_minor IS NULL) = (registration_fee_currency IS NULL) AND coalesce(registration_fee_minor, 0) >= 0)
      )`);
    await runner.query(`
      CREATE TABLE creditor_api_keys (
        id uuid CONSTRAINT pk_creditor_api_keys PRIMARY KEY,
        creditor_id uuid NOT NULL CONSTRAINT fk_creditor_api_keys__creditor_id REFERENCES creditors (id),
        key_id text NOT NULL CONSTRAINT uq_creditor_api_keys__key_id UNIQUE,
        secret_sha256 bytea NOT NULL,
        label text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await runner.query(`CREATE INDEX ix_creditor_api_keys__creditor_id ON creditor_api_keys (creditor_id)`);
    await runner.query(`
      CREATE TABLE consultants (
        id uuid CONSTRAINT pk_consultants PRIMARY KEY,
        name text NOT NULL,
        email text NOT NULL,
        countries text[] NOT NULL,
        languages text[] NOT NULL,
        active boolean NOT NULL DEFAULT true,
        open_cases int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ck_consultants__open_cases CHECK (open_cases >= 0)
      )`);
    await runner.query(`
      CREATE TABLE cases (
        id uuid CONSTRAINT pk_cases PRIMARY KEY,
        creditor_id uuid NOT NULL CONSTRAINT fk_cases__creditor_id REFERENCES creditors (id),
        creditor_reference text NOT NULL,
        fingerprint text NOT NULL,
        case_file jsonb NOT NULL,
        category text NOT NULL,
        currency char(3) NOT NULL,
        debtor_country char(2) NOT NULL,
        debtor_language text NOT NULL,
        consultant_id uuid CONSTRAINT fk_cases__consultant_id REFERENCES consultants (id),
        state text NOT NULL,
        route text NOT NULL,
        case_import_id uuid,
        claim_id text,
        opened_at timestamptz NOT NULL,
        withdrawn_at timestamptz,
        withdrawal_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT uq_cases__creditor_id__creditor_reference UNIQUE (creditor_id, creditor_reference),
        CONSTRAINT ck_cases__state CHECK (state IN ('open', 'withdrawn')),
        CONSTRAINT ck_cases__route CHECK (route IN ('api', 'bulk_file', 'channel'))
      )`);
    await runner.query(`CREATE INDEX ix_cases__creditor_id__opened_at ON cases (creditor_id, opened_at DESC)`);
    await runner.query(`CREATE INDEX ix_cases__needs_assignment ON cases (debtor_country) WHERE consultant_id IS NULL AND state = 'open'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE cases; DROP TABLE consultants; DROP TABLE creditor_api_keys; DROP TABLE creditors');
  }
}
