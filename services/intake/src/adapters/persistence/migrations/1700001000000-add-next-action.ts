import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the agency will do next on each case, for the creditor's portfolio: the next dunning step
 * and when it falls due (NextStepScheduled), or PAUSED while dunning waits; empty once closed.
 */
export class AddNextAction1700001000000 implements MigrationInterface {
  name = 'AddNextAction1700001000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE case_progress ADD COLUMN next_action text, ADD COLUMN next_action_step text, ADD COLUMN next_action_at timestamptz`);
    // The portfolio filters on where a case stands and in which country.
    await runner.query(`CREATE INDEX ix_cases__creditor_country ON cases (creditor_id, debtor_country, opened_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_cases__creditor_country`);
    await runner.query(`ALTER TABLE case_progress DROP COLUMN next_action, DROP COLUMN next_action_step, DROP COLUMN next_action_at`);
  }
}
