import { TASK_LEASE_MS, isCallableNow, isLeaseExpired, leaseExpiresAt } from './lease';

const now = new Date('2026-03-02T09:00:00Z');

describe('task lease', () => {
  it('lasts ten minutes from now', () => {
    expect(TASK_LEASE_MS).toBe(600_000);
    expect(leaseExpiresAt(now).toISOString()).toBe('2026-03-02T09:10:00.000Z');
  });

  it('is expired from its end on, so the task returns to the queue', () => {
    const expiresAt = leaseExpiresAt(now);
    expect(isLeaseExpired(expiresAt, new Date('2026-03-02T09:09:59.999Z'))).toBe(false);
    expect(isLeaseExpired(expiresAt, expiresAt)).toBe(true);
  });
});

describe('isCallableNow', () => {
  const window = { notBefore: new Date('2026-03-02T08:00:00Z'), notAfter: new Date('2026-03-02T19:00:00Z') };

  it('allows calls from the start of the window up to, not including, its end', () => {
    expect(isCallableNow(window, new Date('2026-03-02T07:59:59.999Z'))).toBe(false);
    expect(isCallableNow(window, window.notBefore)).toBe(true);
    expect(isCallableNow(window, new Date('2026-03-02T18:59:59.999Z'))).toBe(true);
    expect(isCallableNow(window, window.notAfter)).toBe(false);
  });

  it('allows nothing in an empty window', () => {
    expect(isCallableNow({ notBefore: now, notAfter: now }, now)).toBe(false);
  });
});
