import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registers and their entries, the debtor facts registers are matched against, the matches (with
 * the reviewers' decisions) and each case's current verdict.
 *
 * Matching never scans a register: identifiers are looked up by key, names only within a block of
 * the same country and birth date or postcode (btree indexes), ranked there by pg_trgm's similarity().
 * A GIN trigram index over the whole register was tried and dropped: common names share trigrams
 * with thousands of entries, so it cost ~2 ms per debtor at 100,000 entries (worse at a million)
 * and slowed every register load; a person without the same birth date or address is never a
 * match anyway (domain/matching/match-score.ts).
 */
export class CreateRegisters1700000200000 implements MigrationInterface {
  name = 'CreateRegisters1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await runner.query(`
      CREATE TABLE registers (
        source text CONSTRAINT pk_registers PRIMARY KEY,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_registers__kind CHECK (kind IN ('situations', 'persons', 'companies'))
      )`);
    await runner.query(`
      CREATE TABLE register_entries (
        source text NOT NULL CONSTRAINT fk_register_entries__source REFERENCES registers (source),
        entry_id text NOT NULL,
        subject_kind text NOT NULL,
        country char(2) NOT NULL,
        identifier_key text,
        name_folded text NOT NULL,
        birth_date date,
        postal_code text,
        situation text,
        status text,
        effective_from date,
        effective_to date,
        heirs_known boolean,
        details jsonb NOT NULL,
        content_hash text NOT NULL,
        import_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_register_entries PRIMARY KEY (source, entry_id),
        CONSTRAINT ck_register_entries__subject_kind CHECK (subject_kind IN ('person', 'company'))
      )`);
    await runner.query(`CREATE INDEX ix_register_entries__identifier_key ON register_entries (identifier_key) WHERE identifier_key IS NOT NULL`);
    await runner.query(`CREATE INDEX ix_register_entries__country_birth_date ON register_entries (country, birth_date) WHERE birth_date IS NOT NULL`);
    await runner.query(`CREATE INDEX ix_register_entries__country_postal_code ON register_entries (country, postal_code) WHERE postal_code IS NOT NULL`);

    await runner.query(`
      CREATE TABLE register_imports (
        id uuid CONSTRAINT pk_register_imports PRIMARY KEY,
        source text NOT NULL CONSTRAINT fk_register_imports__source REFERENCES registers (source),
        file_name text NOT NULL,
        state text NOT NULL DEFAULT 'running',
        rows_read int NOT NULL DEFAULT 0,
        added int NOT NULL DEFAULT 0,
        changed int NOT NULL DEFAULT 0,
        unchanged int NOT NULL DEFAULT 0,
        removed int NOT NULL DEFAULT 0,
        rejected int NOT NULL DEFAULT 0,
        status_changes int NOT NULL DEFAULT 0,
        problems_total int NOT NULL DEFAULT 0,
        problems jsonb NOT NULL DEFAULT '[]',
        failure text,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        CONSTRAINT ck_register_imports__state CHECK (state IN ('running', 'completed', 'failed'))
      )`);

    // What screening knows of each debtor, to match register updates against debtors (monitoring).
    await runner.query(`
      ALTER TABLE debtor_identities
        ADD COLUMN name_folded text NOT NULL DEFAULT '',
        ADD COLUMN birth_date date,
        ADD COLUMN postal_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN match_subject jsonb NOT NULL DEFAULT '{}'`);
    await runner.query(`CREATE INDEX ix_debtor_identities__country_birth_date ON debtor_identities (country, birth_date) WHERE birth_date IS NOT NULL`);
    await runner.query(`CREATE INDEX ix_debtor_identities__postal_codes ON debtor_identities USING gin (postal_codes)`);

    // A match outlives its entry only when a reviewer decided it: the decision is kept for the debtor.
    await runner.query(`
      CREATE TABLE debtor_register_matches (
        id uuid CONSTRAINT pk_debtor_register_matches PRIMARY KEY,
        debtor_identity_id uuid NOT NULL CONSTRAINT fk_debtor_register_matches__debtor_identity_id REFERENCES debtor_identities (id),
        source text NOT NULL,
        entry_id text NOT NULL,
        how text NOT NULL,
        score real NOT NULL,
        state text NOT NULL,
        evidence jsonb NOT NULL,
        decided_by text,
        decided_at timestamptz,
        decision_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_debtor_register_matches__debtor_entry UNIQUE (debtor_identity_id, source, entry_id),
        CONSTRAINT ck_debtor_register_matches__how CHECK (how IN ('identifier', 'name')),
        CONSTRAINT ck_debtor_register_matches__state CHECK (state IN ('matched', 'pending_review', 'not_same'))
      )`);
    await runner.query(`CREATE INDEX ix_debtor_register_matches__entry ON debtor_register_matches (source, entry_id)`);
    await runner.query(`CREATE INDEX ix_debtor_register_matches__pending ON debtor_register_matches (created_at) WHERE state = 'pending_review'`);

    // The contacts' own screening and the verdict last published, so a change is published once.
    await runner.query(`
      ALTER TABLE screened_cases
        ADD COLUMN contact_screening jsonb,
        ADD COLUMN verdict text,
        ADD COLUMN findings jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE screened_cases DROP COLUMN contact_screening, DROP COLUMN verdict, DROP COLUMN findings`);
    await runner.query(`DROP TABLE debtor_register_matches`);
    await runner.query(`ALTER TABLE debtor_identities DROP COLUMN name_folded, DROP COLUMN birth_date, DROP COLUMN postal_codes, DROP COLUMN match_subject`);
    await runner.query(`DROP TABLE register_imports; DROP TABLE register_entries; DROP TABLE registers`);
  }
}
