import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last day the register date watch has seen: entries that began or ceased to apply up to this
 * date have been taken into account. One row; replicas take turns under an advisory lock.
 */
export class CreateRegisterDateWatch1700000300000 implements MigrationInterface {
  name = 'CreateRegisterDateWatch1700000300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE register_date_watch (
        id smallint CONSTRAINT pk_register_date_watch PRIMARY KEY DEFAULT 1,
        checked_through date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_register_date_watch__single CHECK (id = 1)
      )`);
    await runner.query(`CREATE INDEX ix_register_entries__effective_from ON register_entries (effective_from) WHERE effective_from IS NOT NULL`);
    await runner.query(`CREATE INDEX ix_register_entries__effective_to ON register_entries (effective_to) WHERE effective_to IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_register_entries__effective_to; DROP INDEX ix_register_entries__effective_from; DROP TABLE register_date_watch`);
  }
}
