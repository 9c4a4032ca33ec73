import { isSessionLive, sessionEndsAt } from './portal-session';

const HOUR = 3_600_000;
const LIFETIMES = { idleMs: 8 * HOUR, absoluteMs: 12 * HOUR };
const startedAt = new Date('2026-11-22T08:00:00Z');
const at = (hours: number) => new Date(startedAt.getTime() + hours * HOUR);

describe('a portal session', () => {
  it('ends eight hours after the last request', () => {
    expect(sessionEndsAt({ startedAt, lastSeenAt: at(1) }, LIFETIMES)).toEqual(at(9));
    expect(isSessionLive({ startedAt, lastSeenAt: at(1) }, LIFETIMES, at(8.9))).toBe(true);
    expect(isSessionLive({ startedAt, lastSeenAt: at(1) }, LIFETIMES, at(9))).toBe(false);
  });

  it('ends twelve hours after sign-in however busy it is', () => {
    expect(sessionEndsAt({ startedAt, lastSeenAt: at(11) }, LIFETIMES)).toEqual(at(12));
    expect(isSessionLive({ startedAt, lastSeenAt: at(11.9) }, LIFETIMES, at(12))).toBe(false);
  });
});
