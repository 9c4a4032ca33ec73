import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overpayments paid back to debtors: one row per refund, unique on the operator's Idempotency-Key,
 * with the account paid, the REFUND_PAID entry that booked it and the pain.001 file to send.
 */
export class CreateRefunds1700000400000 implements MigrationInterface {
  name = 'CreateRefunds1700000400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE refunds (
        id text CONSTRAINT pk_refunds PRIMARY KEY,
        idempotency_key text NOT NULL CONSTRAINT uq_refunds__idempotency_key UNIQUE,
        case_id uuid NOT NULL CONSTRAINT fk_refunds__case_id REFERENCES case_accounts (case_id),
        requested_minor bigint,
        requested_currency char(3),
        amount_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        beneficiary_name text NOT NULL,
        iban text NOT NULL,
        bic text,
        execution_date date NOT NULL,
        entry_id text NOT NULL CONSTRAINT uq_refunds__entry_id UNIQUE,
        payment_file text NOT NULL,
        issued_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_refunds__amount_positive CHECK (amount_minor > 0),
        CONSTRAINT ck_refunds__requested CHECK ((requested_minor IS NULL) = (requested_currency IS NULL))
      )`);
    await runner.query(`CREATE INDEX ix_refunds__case_id ON refunds (case_id, issued_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE refunds');
  }
}
