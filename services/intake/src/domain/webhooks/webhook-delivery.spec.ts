import { createHmac } from 'node:crypto';
import { afterFailedAttempt, signWebhook, WEBHOOK_RETRY_DELAYS_MS } from './webhook-delivery';

describe('webhook deliveries', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('retries with growing waits over more than a day, then stops', () => {
    expect(afterFailedAttempt(0, now).nextAttemptAt?.toISOString()).toBe('2026-11-23T10:01:00.000Z');
    expect(afterFailedAttempt(3, now).nextAttemptAt?.toISOString()).toBe('2026-11-23T12:00:00.000Z'); // the 4th failure waits 2 h
    expect(WEBHOOK_RETRY_DELAYS_MS.reduce((total, wait) => total + wait, 0)).toBeGreaterThan(24 * 3_600_000);
    expect(afterFailedAttempt(WEBHOOK_RETRY_DELAYS_MS.length, now)).toEqual({ attempts: WEBHOOK_RETRY_DELAYS_MS.length + 1 });
  });

  it('signs the timestamp with the body, as a receiver recomputes it', () => {
    const header = signWebhook('whsec_test', 1_790_000_000, '{"kind":"PAID_IN_FULL"}');
    const expected = createHmac('sha256', 'whsec_test').update('1790000000.{"kind":"PAID_IN_FULL"}').digest('hex');
    expect(header).toBe(`t=1790000000,v1=${expected}`);
  });
});
