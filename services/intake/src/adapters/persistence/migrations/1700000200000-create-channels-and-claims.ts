import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intake channels (ERP connectors, partner platforms submitting ClaimSubmitted on Kafka) and the
 * answer given to every claim: a claim id is answered once per channel, whatever is redelivered.
 */
export class CreateChannelsAndClaims1700000200000 implements MigrationInterface {
  name = 'CreateChannelsAndClaims1700000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE channels (
        id uuid CONSTRAINT pk_channels PRIMARY KEY,
        channel_id text NOT NULL CONSTRAINT uq_channels__channel_id UNIQUE,
        name text NOT NULL,
        creditor_ids uuid[] NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await runner.query(`
      CREATE TABLE channel_claims (
        id uuid CONSTRAINT pk_channel_claims PRIMARY KEY DEFAULT gen_random_uuid(),
        channel_id text NOT NULL,
        claim_id text NOT NULL,
        creditor_reference text NOT NULL,
        accepted boolean NOT NULL,
        case_id uuid,
        errors jsonb NOT NULL DEFAULT '[]',
        answered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_channel_claims__channel_id__claim_id UNIQUE (channel_id, claim_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE channel_claims; DROP TABLE channels');
  }
}
