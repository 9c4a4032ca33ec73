import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Callbacks (CallRequested with `callback`): a CALLBACK task held for the agent who took the request
 * until `held_until`, then open to the whole queue; the lawful windows after its first, which an
 * untaken callback moves on to (flagged `overdue`) instead of vanishing.
 */
export class AddCallbackTasks1700000400000 implements MigrationInterface {
  name = 'AddCallbackTasks1700000400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks DROP CONSTRAINT ck_tasks__kind`);
    await runner.query(`ALTER TABLE tasks ADD CONSTRAINT ck_tasks__kind CHECK (kind IN ('CALL', 'VISIT', 'CREDITOR_MESSAGE', 'HEIR_SEARCH', 'CALLBACK'))`);
    await runner.query(`
      ALTER TABLE tasks
        ADD COLUMN held_for uuid,
        ADD COLUMN held_until timestamptz,
        ADD COLUMN later_windows jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN overdue boolean NOT NULL DEFAULT false`);
    // An agent's own callbacks (next task, the callbacks list), and the callbacks whose window has passed.
    await runner.query(`CREATE INDEX ix_tasks__held_for ON tasks (held_for, priority DESC) WHERE held_for IS NOT NULL AND state IN ('queued', 'leased')`);
    await runner.query(`CREATE INDEX ix_tasks__callback_window ON tasks (not_after) WHERE kind = 'CALLBACK' AND state IN ('queued', 'leased')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_tasks__callback_window; DROP INDEX ix_tasks__held_for`);
    await runner.query(`ALTER TABLE tasks DROP COLUMN overdue, DROP COLUMN later_windows, DROP COLUMN held_until, DROP COLUMN held_for`);
    await runner.query(`DELETE FROM tasks WHERE kind = 'CALLBACK'`);
    await runner.query(`ALTER TABLE tasks DROP CONSTRAINT ck_tasks__kind`);
    await runner.query(`ALTER TABLE tasks ADD CONSTRAINT ck_tasks__kind CHECK (kind IN ('CALL', 'VISIT', 'CREDITOR_MESSAGE', 'HEIR_SEARCH'))`);
  }
}
