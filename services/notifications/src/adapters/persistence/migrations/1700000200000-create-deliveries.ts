import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What notifications knows of each case (from CaseOpened: names, invoices, language), one delivery
 * per request (idempotent on the request key), the documents it rendered (letters as PDF), and the
 * suppressions: recipients never to use again, and cases whose debtor must not be messaged for now.
 */
export class CreateDeliveries1700000200000 implements MigrationInterface {
  name = 'CreateDeliveries1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_facts (
        case_id uuid CONSTRAINT pk_case_facts PRIMARY KEY,
        facts jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The identity letters must show of each creditor (name, enterprise number, address): BE, FR and
    // DE law require it; registered by the agency's operators.
    await runner.query(`
      CREATE TABLE creditor_identities (
        creditor_id uuid CONSTRAINT pk_creditor_identities PRIMARY KEY,
        identity jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE deliveries (
        id uuid CONSTRAINT pk_deliveries PRIMARY KEY,
        request_key text NOT NULL CONSTRAINT uq_deliveries__request_key UNIQUE,
        case_id uuid NOT NULL,
        action_id text NOT NULL DEFAULT '',
        audience text NOT NULL,
        channel text NOT NULL,
        recipient text NOT NULL,
        template_key text NOT NULL,
        language text NOT NULL,
        request jsonb NOT NULL,
        state text NOT NULL DEFAULT 'pending',
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        provider_message_id text,
        document_id uuid,
        failure_kind text,
        failure_detail text,
        sent_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_deliveries__state CHECK (state IN ('pending', 'sent', 'failed', 'suppressed')),
        CONSTRAINT ck_deliveries__channel CHECK (channel IN ('letter', 'email', 'sms'))
      )`);
    await runner.query(`CREATE INDEX ix_deliveries__next_attempt_at ON deliveries (next_attempt_at) WHERE state = 'pending'`);
    await runner.query(`CREATE INDEX ix_deliveries__provider_message_id ON deliveries (provider_message_id) WHERE provider_message_id IS NOT NULL`);
    await runner.query(`CREATE INDEX ix_deliveries__case_id ON deliveries (case_id)`);
    await runner.query(`
      CREATE TABLE documents (
        id uuid CONSTRAINT pk_documents PRIMARY KEY,
        case_id uuid NOT NULL,
        media_type text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE suppressions (
        key text CONSTRAINT pk_suppressions PRIMARY KEY,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE case_suppressions (
        case_id uuid NOT NULL,
        cause_id text NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_case_suppressions PRIMARY KEY (case_id, cause_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE case_suppressions; DROP TABLE suppressions; DROP TABLE documents; DROP TABLE deliveries; DROP TABLE creditor_identities; DROP TABLE case_facts');
  }
}
