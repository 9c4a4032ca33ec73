import type { EntityManager } from 'typeorm';
import type { PreparedMessage } from '../consumer/prepared-message';

export type DeadLetterStatus = 'parked' | 'replaying' | 'replayed';

export interface DeadLetterRow {
  seq: string;
  id: string;
  consumerGroup: string;
  topic: string;
  partition: number;
  offset: string;
  messageKey: string | null;
  eventId: string | null;
  eventType: string | null;
  headers: Record<string, string>;
  payload: Buffer | null;
  errorCode: string;
  errorMessage: string;
  attempts: number;
  status: DeadLetterStatus;
  parkedAt: Date;
  replayedAt: Date | null;
}

const COLUMNS = `seq, id, consumer_group AS "consumerGroup", topic, partition, "offset", message_key AS "messageKey",
  event_id AS "eventId", event_type AS "eventType", headers, payload, error_code AS "errorCode",
  error_message AS "errorMessage", attempts, status, parked_at AS "parkedAt", replayed_at AS "replayedAt"`;

export interface ParkRequest {
  message: PreparedMessage;
  /** The source the dead letter points back to (for a replayed message, where it was first read). */
  original: { topic: string; partition: number; offset: string };
  errorCode: string;
  errorMessage: string;
  attempts: number;
}

/** SQL for the dead_letters table, always through the caller's transaction. */
export const deadLetterStore = {
  async openRowsForKeys(manager: EntityManager, group: string, keys: string[]): Promise<DeadLetterRow[]> {
    if (keys.length === 0) return [];
    return manager.query(
      `SELECT ${COLUMNS} FROM dead_letters
       WHERE consumer_group = $1 AND status <> 'replayed' AND message_key = ANY($2::text[]) ORDER BY seq`,
      [group, keys],
    );
  },

  /** Records (or, for a replayed message that failed again, re-opens) a parked message. */
  async park(manager: EntityManager, group: string, request: ParkRequest): Promise<DeadLetterRow> {
    const { message, original } = request;
    const rows: DeadLetterRow[] = await manager.query(
      `INSERT INTO dead_letters (consumer_group, topic, partition, "offset", message_key, event_id, event_type,
         headers, payload, error_code, error_message, attempts, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'parked')
       ON CONFLICT (consumer_group, topic, partition, "offset") DO UPDATE SET
         status = 'parked', error_code = EXCLUDED.error_code, error_message = EXCLUDED.error_message,
         attempts = dead_letters.attempts + EXCLUDED.attempts, parked_at = clock_timestamp(), replayed_at = NULL
       RETURNING ${COLUMNS}`,
      [
        group,
        original.topic,
        original.partition,
        original.offset,
        message.key,
        message.attributes?.id ?? message.headers.ce_id ?? null,
        message.attributes?.type ?? message.headers.ce_type ?? null,
        JSON.stringify(withoutReplayHeaders(message.headers)),
        message.value,
        request.errorCode,
        request.errorMessage.slice(0, 2_000),
        request.attempts,
      ],
    );
    return rows[0];
  },

  async markReplayed(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE dead_letters SET status = 'replayed', replayed_at = clock_timestamp() WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  },

  async list(manager: EntityManager, filter: { group?: string; status?: DeadLetterStatus; key?: string }): Promise<DeadLetterRow[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM dead_letters
       WHERE ($1::text IS NULL OR consumer_group = $1) AND ($2::text IS NULL OR status = $2)
         AND ($3::text IS NULL OR message_key = $3)
       ORDER BY seq`,
      [filter.group ?? null, filter.status ?? null, filter.key ?? null],
    );
  },
};

function withoutReplayHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('dlq_') && name !== 'x-dead-letter-id'));
}
