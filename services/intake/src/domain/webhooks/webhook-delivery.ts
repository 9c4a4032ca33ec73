import { createHmac } from 'node:crypto';

/**
 * Waits after the 1st, 2nd, … failed attempt: quick at first (a blip), then spread over more than a
 * day (an endpoint down for maintenance), after which the delivery is failed and stays replayable.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 24 * 3_600_000] as const;

/** How long a receiver may take to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 5_000;

/** After a failed attempt: the next try, or failed for good when the retries are spent. */
export function afterFailedAttempt(attemptsBefore: number, now: Date): { attempts: number; nextAttemptAt?: Date } {
  const attempts = attemptsBefore + 1;
  const wait = WEBHOOK_RETRY_DELAYS_MS[attempts - 1];
  return wait === undefined ? { attempts } : { attempts, nextAttemptAt: new Date(now.getTime() + wait) };
}

/**
 * The signature a receiver checks: `X-Collections-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>">` with the subscription's secret. Signing the time with the body lets a receiver
 * refuse a replayed old delivery.
 */
export function signWebhook(secret: string, timestampS: number, body: string): string {
  return `t=${timestampS},v1=${createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex')}`;
}
