import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface WebhookSubscription {
  id: string;
  url: string;
  kinds: string[];
  active: boolean;
  createdAt: string;
}

export interface DueDelivery {
  id: string;
  creditorId: string;
  url: string;
  secret: string;
  payload: unknown;
  attempts: number;
}

type DeliveryRow = { id: string; event_id: string; state: string; attempts: number; next_attempt_at: Date | null; last_status: number | null; last_error: string | null; delivered_at: Date | null; created_at: Date; payload: unknown };

/** webhook_subscriptions and webhook_deliveries, always one creditor's own. */
@Injectable()
export class SqlWebhookStore {
  constructor(private readonly dataSource: DataSource) {}

  async subscribe(creditorId: string, url: string, kinds: string[]): Promise<WebhookSubscription & { secret: string }> {
    const id = randomUUID();
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const rows: Array<{ created_at: Date }> = await this.dataSource.query(
      `INSERT INTO webhook_subscriptions (id, creditor_id, url, kinds, secret) VALUES ($1, $2, $3, $4, $5) RETURNING created_at`,
      [id, creditorId, url, kinds, secret],
    );
    return { id, url, kinds, active: true, createdAt: rows[0]!.created_at.toISOString(), secret };
  }

  async subscriptions(creditorId: string): Promise<WebhookSubscription[]> {
    const rows: Array<{ id: string; url: string; kinds: string[]; active: boolean; created_at: Date }> = await this.dataSource.query(
      `SELECT id, url, kinds, active, created_at FROM webhook_subscriptions WHERE creditor_id = $1 ORDER BY created_at`,
      [creditorId],
    );
    return rows.map((row) => ({ id: row.id, url: row.url, kinds: row.kinds, active: row.active, createdAt: row.created_at.toISOString() }));
  }

  async unsubscribe(creditorId: string, id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(`UPDATE webhook_subscriptions SET active = false WHERE id = $1 AND creditor_id = $2 AND active`, [id, creditorId]);
    return count > 0;
  }

  async deliveries(creditorId: string, subscriptionId: string, limit: number) {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.event_id, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at, d.payload
         FROM webhook_deliveries d WHERE d.subscription_id = $1 AND d.creditor_id = $2 ORDER BY d.created_at DESC LIMIT $3`,
      [subscriptionId, creditorId, limit],
    );
    return rows.map((row) => ({
      id: row.id, eventId: row.event_id, state: row.state, attempts: row.attempts, nextAttemptAt: row.next_attempt_at?.toISOString() ?? null, lastStatus: row.last_status,
      lastError: row.last_error, deliveredAt: row.delivered_at?.toISOString() ?? null, createdAt: row.created_at.toISOString(), payload: row.payload,
    }));
  }

  async owns(creditorId: string, subscriptionId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM webhook_subscriptions WHERE id = $1 AND creditor_id = $2`, [subscriptionId, creditorId])).length > 0;
  }

  /** Delivers again, whatever became of it (a receiver that lost it, or a failed one now fixed). */
  async replay(creditorId: string, subscriptionId: string, deliveryId: string, now: Date): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = $4 WHERE id = $1 AND subscription_id = $2 AND creditor_id = $3`,
      [deliveryId, subscriptionId, creditorId, now],
    );
    return count > 0;
  }

  /**
   * Due deliveries, each leased for a minute so no other pass (or replica) sends it meanwhile. No
   * subscription gets more than `perSubscription` sends in flight, counting those other replicas
   * hold: a receiver that hangs ties up a few slots, never the dispatcher. Subscriptions take turns
   * (each one's oldest first, then each one's second...). Two replicas may pick the same candidate;
   * the UPDATE re-checks it is still due once it has the row, so only one of them sends it.
   */
  async claimDue(now: Date, limit: number, leaseMs: number, perSubscription: number): Promise<DueDelivery[]> {
    if (limit <= 0) return [];
    const [rows]: [Array<{ id: string; creditor_id: string; url: string; secret: string; payload: unknown; attempts: number }>, number] = await this.dataSource.query(
      `WITH candidates AS (
         SELECT due.id FROM webhook_subscriptions s
          CROSS JOIN LATERAL (SELECT count(*)::int AS sending FROM webhook_deliveries b WHERE b.subscription_id = s.id AND b.leased_until > $1 AND b.state = 'pending') busy
          CROSS JOIN LATERAL (
            SELECT d.id, d.next_attempt_at, row_number() OVER (ORDER BY d.next_attempt_at, d.id) AS turn FROM (
              SELECT id, next_attempt_at FROM webhook_deliveries
               WHERE subscription_id = s.id AND state = 'pending' AND next_attempt_at <= $1
               ORDER BY next_attempt_at, id LIMIT greatest($4 - busy.sending, 0)) d) due
          ORDER BY due.turn, due.next_attempt_at LIMIT $3)
       UPDATE webhook_deliveries d SET next_attempt_at = $2, leased_until = $2
         FROM webhook_subscriptions s
        WHERE s.id = d.subscription_id AND d.id IN (SELECT id FROM candidates) AND d.state = 'pending' AND d.next_attempt_at <= $1
        RETURNING d.id, d.creditor_id, s.url, s.secret, d.payload, d.attempts`,
      [now, new Date(now.getTime() + leaseMs), limit, perSubscription],
    );
    return rows.map((row) => ({ id: row.id, creditorId: row.creditor_id, url: row.url, secret: row.secret, payload: row.payload, attempts: row.attempts }));
  }

  async delivered(id: string, status: number, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE webhook_deliveries SET state = 'delivered', attempts = attempts + 1, last_status = $2, last_error = NULL, delivered_at = $3, next_attempt_at = NULL, leased_until = NULL WHERE id = $1`, [id, status, at]);
  }

  async attemptFailed(id: string, attempts: number, nextAttemptAt: Date | undefined, status: number | null, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET state = $2, attempts = $3, next_attempt_at = $4, last_status = $5, last_error = $6, leased_until = NULL WHERE id = $1`,
      [id, nextAttemptAt ? 'pending' : 'failed', attempts, nextAttemptAt ?? null, status, error.slice(0, 500)],
    );
  }
}
