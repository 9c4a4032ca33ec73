import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries being sent carry `leased_until`, so a subscription's sends in flight can be counted
 * and capped (a hanging receiver may hold only a few of the dispatcher's slots); the second index
 * lets the dispatcher take each subscription's oldest due deliveries without scanning the others'.
 */
export class AddWebhookDeliveryLease1700001200000 implements MigrationInterface {
  name = 'AddWebhookDeliveryLease1700001200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE webhook_deliveries ADD COLUMN leased_until timestamptz`);
    await runner.query(`CREATE INDEX ix_webhook_deliveries__subscription_due ON webhook_deliveries (subscription_id, next_attempt_at) WHERE state = 'pending'`);
    await runner.query(`CREATE INDEX ix_webhook_deliveries__leased ON webhook_deliveries (subscription_id) WHERE leased_until IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_webhook_deliveries__leased; DROP INDEX ix_webhook_deliveries__subscription_due`);
    await runner.query(`ALTER TABLE webhook_deliveries DROP COLUMN leased_until`);
  }
}
