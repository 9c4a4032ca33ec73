import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each timeline entry keeps the id of the transaction that recorded it, so the live stream reads
 * entries in (tx, id) order and only from transactions older than every one still running: the
 * projector's batches and the messages written over HTTP commit in any order, and an entry committed
 * after one with a higher id would otherwise be skipped by a stream already past it. Entries recorded
 * before this migration have no tx; they are history to every stream.
 */
export class AddTimelineEntryTx1700001400000 implements MigrationInterface {
  name = 'AddTimelineEntryTx1700001400000';

  async up(runner: QueryRunner): Promise<void> {
    // Added without a default first, so existing rows are not rewritten.
    await runner.query(`ALTER TABLE timeline_entries ADD COLUMN tx xid8`);
    await runner.query(`ALTER TABLE timeline_entries ALTER COLUMN tx SET DEFAULT pg_current_xact_id()`);
    await runner.query(`CREATE INDEX ix_timeline_entries__tx_id ON timeline_entries (tx, id) WHERE tx IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_timeline_entries__tx_id`);
    await runner.query(`ALTER TABLE timeline_entries DROP COLUMN tx`);
  }
}
