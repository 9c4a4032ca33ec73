import type { EntityManager } from 'typeorm';
import { DeliveryStore, type Delivery, type SentDelivery } from '../../application/ports/delivery.ports';
import type { FailureKind } from '../../domain/delivery/delivery';

interface DeliveryRow {
  id: string;
  request_key: string;
  case_id: string;
  action_id: string;
  audience: Delivery['audience'];
  channel: Delivery['channel'];
  recipient: string;
  template_key: string;
  language: string;
  request: Record<string, unknown>;
  attempts: number;
  state: string;
}

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id, requestKey: row.request_key, caseId: row.case_id, actionId: row.action_id, audience: row.audience, channel: row.channel,
  recipient: row.recipient, templateKey: row.template_key, language: row.language, details: row.request, attempts: row.attempts,
});

/** Deliveries in the notifications database, through the caller's transaction. */
export class SqlDeliveryStore extends DeliveryStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async insert(delivery: Delivery & { state: 'pending' | 'suppressed'; nextAttemptAt?: Date; failure?: { kind: FailureKind; detail: string } }): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO deliveries (id, request_key, case_id, action_id, audience, channel, recipient, template_key, language, request, state, next_attempt_at, failure_kind, failure_detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (request_key) DO NOTHING RETURNING id`,
      [
        delivery.id, delivery.requestKey, delivery.caseId, delivery.actionId, delivery.audience, delivery.channel, delivery.recipient, delivery.templateKey, delivery.language,
        JSON.stringify(delivery.details), delivery.state, delivery.nextAttemptAt?.toISOString() ?? null, delivery.failure?.kind ?? null, delivery.failure?.detail ?? null,
      ],
    );
    return rows.length > 0;
  }

  async claimDue(now: Date, limit: number): Promise<Delivery[]> {
    const rows: DeliveryRow[] = await this.manager.query(
      `SELECT * FROM deliveries WHERE state = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now.toISOString(), limit],
    );
    return rows.map(toDelivery);
  }

  async markSent(sent: SentDelivery[], at: Date): Promise<void> {
    if (sent.length === 0) return;
    await this.manager.query(
      `UPDATE deliveries AS d SET state = 'sent', attempts = s.attempts, sent_at = $5, provider_message_id = s.provider_message_id, document_id = s.document_id, next_attempt_at = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::uuid[]) AS s (id, attempts, provider_message_id, document_id)
        WHERE d.id = s.id`,
      [sent.map((entry) => entry.id), sent.map((entry) => entry.attempts), sent.map((entry) => entry.providerMessageId), sent.map((entry) => entry.documentId ?? null), at.toISOString()],
    );
  }

  async markRetry(id: string, attempts: number, nextAttemptAt: Date, detail: string): Promise<void> {
    await this.manager.query(`UPDATE deliveries SET attempts = $2, next_attempt_at = $3, failure_detail = $4, updated_at = now() WHERE id = $1`, [id, attempts, nextAttemptAt.toISOString(), detail]);
  }

  async markFailed(id: string, attempts: number, kind: FailureKind, detail: string): Promise<void> {
    await this.manager.query(`UPDATE deliveries SET state = 'failed', attempts = $2, failure_kind = $3, failure_detail = $4, next_attempt_at = NULL, updated_at = now() WHERE id = $1`, [id, attempts, kind, detail]);
  }

  async byProviderMessageId(providerMessageId: string): Promise<(Delivery & { state: string; deliveredAt?: Date }) | undefined> {
    const rows: Array<DeliveryRow & { delivered_at: Date | null }> = await this.manager.query(`SELECT * FROM deliveries WHERE provider_message_id = $1 FOR UPDATE`, [providerMessageId]);
    const row = rows[0];
    return row ? { ...toDelivery(row), state: row.state, ...(row.delivered_at ? { deliveredAt: row.delivered_at } : {}) } : undefined;
  }

  async markDelivered(id: string, at: Date): Promise<void> {
    await this.manager.query(`UPDATE deliveries SET delivered_at = $2, updated_at = now() WHERE id = $1`, [id, at.toISOString()]);
  }

  async withdraw(requestKey: string, caseId: string, reason: string): Promise<void> {
    // Ends as suppressed without a NotificationFailed: nothing failed, the message is no longer needed.
    await this.manager.query(
      `INSERT INTO deliveries (id, request_key, case_id, audience, channel, recipient, template_key, language, request, state, failure_kind, failure_detail)
       VALUES (gen_random_uuid(), $1, $2, 'creditor', 'email', '', '', '', '{}', 'suppressed', 'SUPPRESSED', $3)
       ON CONFLICT (request_key) DO UPDATE SET state = 'suppressed', failure_kind = 'SUPPRESSED', failure_detail = EXCLUDED.failure_detail, next_attempt_at = NULL, updated_at = now()
        WHERE deliveries.state = 'pending'`,
      [requestKey, caseId, reason],
    );
  }
}
