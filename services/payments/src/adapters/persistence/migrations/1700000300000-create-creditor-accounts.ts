import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the agency owes and invoices each creditor: the collection contract (commission, costs, the
 * account remittances are paid to), the remittances made (with their payment file and statement),
 * fee lines waiting to be invoiced and the invoices, numbered without gaps per creditor.
 */
export class CreateCreditorAccounts1700000300000 implements MigrationInterface {
  name = 'CreateCreditorAccounts1700000300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE creditor_contracts (
        creditor_id uuid CONSTRAINT pk_creditor_contracts PRIMARY KEY,
        contract jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE remittances (
        id text CONSTRAINT pk_remittances PRIMARY KEY,
        creditor_id uuid NOT NULL,
        currency text NOT NULL,
        paid_on date NOT NULL,
        collected_minor bigint NOT NULL,
        commission_minor bigint NOT NULL,
        costs_minor bigint NOT NULL,
        paid_out_minor bigint NOT NULL,
        lines jsonb NOT NULL,
        payment_file text NOT NULL,
        statement_csv text NOT NULL,
        statement_pdf bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_remittances__balances CHECK (paid_out_minor = collected_minor - commission_minor - costs_minor)
      )`);
    await runner.query(`CREATE INDEX ix_remittances__creditor_id ON remittances (creditor_id, paid_on)`);
    await runner.query(`
      CREATE TABLE fee_lines (
        id uuid CONSTRAINT pk_fee_lines PRIMARY KEY,
        source text NOT NULL CONSTRAINT uq_fee_lines__source UNIQUE,
        creditor_id uuid NOT NULL,
        kind text NOT NULL,
        case_id uuid,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        description text NOT NULL,
        invoice_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_fee_lines__uninvoiced ON fee_lines (creditor_id) WHERE invoice_id IS NULL`);
    await runner.query(`
      CREATE TABLE fee_invoices (
        id uuid CONSTRAINT pk_fee_invoices PRIMARY KEY,
        creditor_id uuid NOT NULL,
        invoice_number text NOT NULL CONSTRAINT uq_fee_invoices__invoice_number UNIQUE,
        sequence int NOT NULL,
        currency text NOT NULL,
        issue_date date NOT NULL,
        due_date date NOT NULL,
        invoice jsonb NOT NULL,
        CONSTRAINT uq_fee_invoices__creditor_sequence UNIQUE (creditor_id, sequence)
      )`);
    // Which days' jobs ran (missed instalments, remittances, invoicing): one replica claims each day.
    await runner.query(`
      CREATE TABLE daily_runs (
        day date CONSTRAINT pk_daily_runs PRIMARY KEY,
        report jsonb,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE daily_runs; DROP TABLE fee_invoices; DROP TABLE fee_lines; DROP TABLE remittances; DROP TABLE creditor_contracts');
  }
}
