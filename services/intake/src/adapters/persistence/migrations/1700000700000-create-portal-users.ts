import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web portal's accounts (a creditor's staff, each a viewer or a manager), their sessions
 * (found by the SHA-256 of the cookie's token, never the token itself) and failed sign-ins (kept
 * here rather than in memory so the rate limit holds whichever replica answers).
 */
export class CreatePortalUsers1700000700000 implements MigrationInterface {
  name = 'CreatePortalUsers1700000700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE portal_users (
        id uuid CONSTRAINT pk_portal_users PRIMARY KEY,
        creditor_id uuid NOT NULL CONSTRAINT fk_portal_users__creditor_id REFERENCES creditors (id),
        email text NOT NULL CONSTRAINT uq_portal_users__email UNIQUE,
        name text NOT NULL,
        role text NOT NULL CONSTRAINT ck_portal_users__role CHECK (role IN ('viewer', 'manager')),
        language text NOT NULL CONSTRAINT ck_portal_users__language CHECK (language IN ('en', 'fr', 'nl', 'de', 'es', 'sv')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_portal_users__email_normalised CHECK (email = lower(btrim(email)))
      )`);
    await runner.query(`CREATE INDEX ix_portal_users__creditor_id ON portal_users (creditor_id)`);
    await runner.query(`
      CREATE TABLE portal_sessions (
        token_sha256 bytea CONSTRAINT pk_portal_sessions PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_portal_sessions__user_id REFERENCES portal_users (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        started_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_portal_sessions__ends_at ON portal_sessions (ends_at)`);
    await runner.query(`
      CREATE TABLE portal_sign_in_failures (
        id bigserial CONSTRAINT pk_portal_sign_in_failures PRIMARY KEY,
        email text NOT NULL,
        client_address text NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_portal_sign_in_failures__email ON portal_sign_in_failures (email, failed_at)`);
    await runner.query(`CREATE INDEX ix_portal_sign_in_failures__client ON portal_sign_in_failures (client_address, failed_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE portal_sign_in_failures; DROP TABLE portal_sessions; DROP TABLE portal_users');
  }
}
