import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Callbacks dunning declined (CallbackDeclined: the case closed, no direct contact allowed, no phone
 * left), one row per request, kept so the agent who promised the call sees it and can tell the debtor.
 */
export class CreateDeclinedCallbacks1700000500000 implements MigrationInterface {
  name = 'CreateDeclinedCallbacks1700000500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE declined_callbacks (
        interaction_id uuid CONSTRAINT pk_declined_callbacks PRIMARY KEY,
        case_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        requested_at timestamptz NOT NULL,
        reason text NOT NULL,
        explanation text NOT NULL,
        declined_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX ix_declined_callbacks__agent_id ON declined_callbacks (agent_id, declined_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE declined_callbacks`);
  }
}
