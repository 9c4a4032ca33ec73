import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox, inbox and dead-letter tables every service database carries. Services list this
 * migration first in their own migrations array.
 *
 * - outbox_messages: events written in the business transaction; `seq` orders them, `published_at`
 *   marks the broker's acknowledgement. A statement trigger NOTIFYs the relay on commit.
 * - inbox_messages: (consumer_group, event_id) of every event applied, written in the same
 *   transaction as the effect, so a redelivered event is applied once.
 * - dead_letters: messages parked by a consumer group, with the error and where they came from;
 *   while a key has a parked row, later events of that key are parked behind it.
 */
export class CreateMessagingTables1700000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        seq bigserial CONSTRAINT pk_outbox_messages PRIMARY KEY,
        id uuid NOT NULL CONSTRAINT uq_outbox_messages__id UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        headers jsonb NOT NULL,
        payload bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_messages__unpublished ON outbox_messages (seq) WHERE published_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE FUNCTION notify_outbox_messages() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_messages', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_outbox_messages__notify AFTER INSERT ON outbox_messages
      FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_messages()`);

    await queryRunner.query(`
      CREATE TABLE inbox_messages (
        consumer_group text NOT NULL,
        event_id text NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" bigint NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_inbox_messages PRIMARY KEY (consumer_group, event_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE dead_letters (
        seq bigserial CONSTRAINT pk_dead_letters PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT uq_dead_letters__id UNIQUE,
        consumer_group text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" bigint NOT NULL,
        message_key text,
        event_id text,
        event_type text,
        headers jsonb NOT NULL,
        payload bytea,
        error_code text NOT NULL,
        error_message text NOT NULL,
        attempts int NOT NULL,
        status text NOT NULL CONSTRAINT ck_dead_letters__status CHECK (status IN ('parked', 'replaying', 'replayed')),
        parked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        replayed_at timestamptz,
        CONSTRAINT uq_dead_letters__source UNIQUE (consumer_group, topic, partition, "offset")
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_dead_letters__open_keys ON dead_letters (consumer_group, message_key) WHERE status <> 'replayed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dead_letters');
    await queryRunner.query('DROP TABLE inbox_messages');
    await queryRunner.query('DROP TRIGGER tr_outbox_messages__notify ON outbox_messages');
    await queryRunner.query('DROP FUNCTION notify_outbox_messages()');
    await queryRunner.query('DROP TABLE outbox_messages');
  }
}
