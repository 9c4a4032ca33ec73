import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Debtor identities shared across cases and creditors, the keys they are known by (identifiers and
 * strong name keys, see domain/identity), and the cases each one owes on.
 */
export class CreateDebtorIdentities1700000100000 implements MigrationInterface {
  name = 'CreateDebtorIdentities1700000100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE debtor_identities (
        id uuid CONSTRAINT pk_debtor_identities PRIMARY KEY,
        kind text NOT NULL,
        country char(2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ck_debtor_identities__kind CHECK (kind IN ('person', 'company'))
      )`);
    await runner.query(`
      CREATE TABLE debtor_identity_keys (
        key text CONSTRAINT pk_debtor_identity_keys PRIMARY KEY,
        debtor_identity_id uuid NOT NULL CONSTRAINT fk_debtor_identity_keys__debtor_identity_id REFERENCES debtor_identities (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_debtor_identity_keys__debtor_identity_id ON debtor_identity_keys (debtor_identity_id)`);
    await runner.query(`
      CREATE TABLE screened_cases (
        case_id uuid CONSTRAINT pk_screened_cases PRIMARY KEY,
        creditor_id uuid NOT NULL,
        debtor_identity_id uuid NOT NULL CONSTRAINT fk_screened_cases__debtor_identity_id REFERENCES debtor_identities (id),
        state text NOT NULL DEFAULT 'open',
        opened_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_screened_cases__state CHECK (state IN ('open', 'withdrawn'))
      )`);
    await runner.query(`CREATE INDEX ix_screened_cases__debtor_identity_id ON screened_cases (debtor_identity_id) WHERE state = 'open'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE screened_cases; DROP TABLE debtor_identity_keys; DROP TABLE debtor_identities');
  }
}
