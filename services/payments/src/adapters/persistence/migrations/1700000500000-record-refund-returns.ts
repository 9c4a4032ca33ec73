import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refund whose transfer came back (the debtor's account closed, a wrong name): when the bank
 * returned it, why, the entry that reversed REFUND_PAID on the case's ledger, and the statement
 * entry that brought the money back. All four or none.
 */
export class RecordRefundReturns1700000500000 implements MigrationInterface {
  name = 'RecordRefundReturns1700000500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE refunds
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN return_reason text,
        ADD COLUMN return_entry_id text CONSTRAINT uq_refunds__return_entry_id UNIQUE,
        ADD COLUMN return_statement_key text,
        ADD CONSTRAINT ck_refunds__returned CHECK ((returned_at IS NULL) = (return_entry_id IS NULL) AND (returned_at IS NULL) = (return_statement_key IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE refunds DROP CONSTRAINT ck_refunds__returned, DROP COLUMN return_statement_key, DROP COLUMN return_entry_id, DROP COLUMN return_reason, DROP COLUMN returned_at`);
  }
}
