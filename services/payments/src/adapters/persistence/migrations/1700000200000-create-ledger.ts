import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The money side of every case: its account (the balance kept beside the postings it derives from,
 * so the consistency check can compare them), its payment references, the append-only ledger, and
 * every receipt whatever its source, idempotent on (source, external id): a gateway's payment id, a
 * bank entry's key, a creditor's report id, a cheque number.
 */
export class CreateLedger1700000200000 implements MigrationInterface {
  name = 'CreateLedger1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_accounts (
        case_id uuid CONSTRAINT pk_case_accounts PRIMARY KEY,
        creditor_id uuid NOT NULL,
        country text NOT NULL,
        currency text NOT NULL,
        category text NOT NULL,
        debtor_name text NOT NULL,
        state text NOT NULL DEFAULT 'open',
        principal_minor bigint NOT NULL DEFAULT 0,
        interest_minor bigint NOT NULL DEFAULT 0,
        costs_minor bigint NOT NULL DEFAULT 0,
        charges_minor bigint NOT NULL DEFAULT 0,
        refund_due_minor bigint NOT NULL DEFAULT 0,
        invoices jsonb NOT NULL,
        opened_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_case_accounts__state CHECK (state IN ('open', 'paid', 'settled', 'closed'))
      )`);
    await runner.query(`CREATE INDEX ix_case_accounts__creditor_id ON case_accounts (creditor_id)`);
    await runner.query(`
      CREATE TABLE payment_references (
        reference text CONSTRAINT pk_payment_references PRIMARY KEY,
        case_id uuid NOT NULL CONSTRAINT fk_payment_references__case_id REFERENCES case_accounts (case_id),
        kind text NOT NULL,
        CONSTRAINT ck_payment_references__kind CHECK (kind IN ('OGM', 'RF'))
      )`);
    await runner.query(`CREATE INDEX ix_payment_references__case_id ON payment_references (case_id)`);
    // Append-only: a correction is a new entry (a reversal), never an update. `seq` orders a case's
    // postings as written; it needs no index of its own beyond the case's.
    await runner.query(`
      CREATE TABLE ledger_postings (
        id text CONSTRAINT pk_ledger_postings PRIMARY KEY,
        seq bigserial NOT NULL,
        entry_id text NOT NULL,
        case_id uuid NOT NULL,
        account text NOT NULL,
        component text,
        invoice jsonb,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        kind text NOT NULL,
        source text NOT NULL,
        reverses text,
        occurred_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_ledger_postings__case_id ON ledger_postings (case_id, seq)`);
    await runner.query(`
      CREATE TABLE receipts (
        id uuid CONSTRAINT pk_receipts PRIMARY KEY,
        source text NOT NULL,
        external_id text NOT NULL,
        case_id uuid,
        creditor_id uuid,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        method text NOT NULL,
        value_date date NOT NULL,
        payer_reference text NOT NULL DEFAULT '',
        remittance_text text NOT NULL DEFAULT '',
        payer_name text NOT NULL DEFAULT '',
        state text NOT NULL,
        match_method text,
        suspense_reason text,
        refund_minor bigint NOT NULL DEFAULT 0,
        to_creditor boolean NOT NULL DEFAULT false,
        late_report boolean NOT NULL DEFAULT false,
        remit_by date,
        remittance_id text,
        statement_import_id uuid,
        received_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_receipts__source_external_id UNIQUE (source, external_id),
        CONSTRAINT ck_receipts__state CHECK (state IN ('pending', 'allocated', 'suspense', 'reversed', 'bounced'))
      )`);
    await runner.query(`CREATE INDEX ix_receipts__suspense ON receipts (received_at) WHERE state = 'suspense'`);
    await runner.query(`CREATE INDEX ix_receipts__to_remit ON receipts (remit_by) WHERE state = 'allocated' AND remittance_id IS NULL AND NOT to_creditor`);
    await runner.query(`CREATE INDEX ix_receipts__case_id ON receipts (case_id)`);
    await runner.query(`
      CREATE TABLE bank_statement_imports (
        id uuid CONSTRAINT pk_bank_statement_imports PRIMARY KEY,
        file_sha256 text NOT NULL CONSTRAINT uq_bank_statement_imports__file_sha256 UNIQUE,
        file_name text NOT NULL,
        report jsonb NOT NULL,
        imported_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE payment_plans (
        plan_id text CONSTRAINT pk_payment_plans PRIMARY KEY,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_payment_plans__kind CHECK (kind IN ('instalments', 'settlement'))
      )`);
    await runner.query(`CREATE INDEX ix_payment_plans__open ON payment_plans (case_id) WHERE status IN ('ACTIVE', 'OPEN')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE payment_plans; DROP TABLE bank_statement_imports; DROP TABLE receipts; DROP TABLE ledger_postings; DROP TABLE payment_references; DROP TABLE case_accounts');
  }
}
