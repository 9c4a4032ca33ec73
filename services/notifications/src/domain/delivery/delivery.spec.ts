import { afterFailure, nextDigestAt, reminderAt, RETRY_DELAYS_MS, suppressionKey } from './delivery';

const now = new Date('2026-11-23T10:00:00Z');

describe('afterFailure', () => {
  it('retries with growing waits, then fails for good, reporting how many attempts were made', () => {
    let attempts = 0;
    const waits: number[] = [];
    for (;;) {
      const outcome = afterFailure(attempts, now, { permanent: false, detail: 'connection refused' });
      attempts = outcome.attempts;
      if (outcome.state !== 'pending') {
        expect(outcome).toMatchObject({ state: 'failed', failure: { kind: 'PROVIDER_ERROR', permanent: false } });
        expect(outcome.failure!.detail).toContain(`after ${RETRY_DELAYS_MS.length + 1} attempts`);
        break;
      }
      waits.push(outcome.nextAttemptAt!.getTime() - now.getTime());
    }
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
  });

  it('gives up at once when the recipient does not exist', () => {
    expect(afterFailure(0, now, { permanent: true, detail: '550 no such user' })).toMatchObject({ state: 'failed', attempts: 1, failure: { kind: 'INVALID_RECIPIENT', permanent: true } });
  });
});

describe('suppressionKey', () => {
  it('suppresses an address whatever its case, and a number whatever its spacing', () => {
    expect(suppressionKey('email', ' Marie@Example.BE ')).toBe(suppressionKey('email', 'marie@example.be'));
    expect(suppressionKey('sms', '+32 470 12 34 56')).toBe('sms:+32470123456');
  });
});

describe('nextDigestAt', () => {
  it('holds a creditor message until the next digest hour, today or tomorrow', () => {
    expect(nextDigestAt(new Date('2026-03-31T05:59:59Z')).toISOString()).toBe('2026-03-31T06:00:00.000Z');
    expect(nextDigestAt(new Date('2026-03-31T06:00:00Z')).toISOString()).toBe('2026-04-01T06:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-31T23:10:00Z')).toISOString()).toBe('2027-01-01T06:00:00.000Z');
  });
});

describe('reminderAt', () => {
  it('reminds two days before the deadline at the digest hour, and not when that is too close', () => {
    expect(reminderAt('2026-12-10', new Date('2026-11-23T10:00:00Z'))?.toISOString()).toBe('2026-12-08T06:00:00.000Z');
    expect(reminderAt('2026-11-26', new Date('2026-11-23T10:00:00Z'))).toBeUndefined();
    expect(reminderAt('not a date', new Date('2026-11-23T10:00:00Z'))).toBeUndefined();
  });
});
