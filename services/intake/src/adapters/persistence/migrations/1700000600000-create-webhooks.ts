import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creditors' webhook subscriptions (a URL, the kinds of timeline entries it wants, the secret its
 * deliveries are signed with) and every delivery with its attempts: the delivery log a creditor
 * reads and replays from.
 */
export class CreateWebhooks1700000600000 implements MigrationInterface {
  name = 'CreateWebhooks1700000600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid CONSTRAINT pk_webhook_subscriptions PRIMARY KEY,
        creditor_id uuid NOT NULL CONSTRAINT fk_webhook_subscriptions__creditor_id REFERENCES creditors (id),
        url text NOT NULL,
        kinds text[] NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_webhook_subscriptions__creditor_id ON webhook_subscriptions (creditor_id) WHERE active`);
    await runner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid CONSTRAINT pk_webhook_deliveries PRIMARY KEY,
        subscription_id uuid NOT NULL CONSTRAINT fk_webhook_deliveries__subscription_id REFERENCES webhook_subscriptions (id),
        creditor_id uuid NOT NULL,
        event_id text NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'pending',
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_status int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_webhook_deliveries__subscription_event UNIQUE (subscription_id, event_id),
        CONSTRAINT ck_webhook_deliveries__state CHECK (state IN ('pending', 'delivered', 'failed'))
      )`);
    await runner.query(`CREATE INDEX ix_webhook_deliveries__due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending'`);
    await runner.query(`CREATE INDEX ix_webhook_deliveries__log ON webhook_deliveries (subscription_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE webhook_deliveries; DROP TABLE webhook_subscriptions');
  }
}
