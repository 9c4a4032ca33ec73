import { secondsUntilRetry } from './sign-in-throttle';

const NOW = new Date('2026-11-22T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const LIMIT = { maxFailures: 5, windowMs: 15 * 60_000 };

describe('sign-in throttling', () => {
  it('lets four failures through', () => {
    expect(secondsUntilRetry([1, 2, 3, 4].map(minutesAgo), LIMIT, NOW)).toBe(0);
  });

  it('refuses after five failures within the window, until the fifth-newest leaves it', () => {
    // Failures 14, 10, 3, 2 and 1 minutes ago: the one 14 minutes ago leaves the window in 1 minute.
    expect(secondsUntilRetry([10, 1, 14, 3, 2].map(minutesAgo), LIMIT, NOW)).toBe(60);
  });

  it('counts only failures within the window', () => {
    expect(secondsUntilRetry([16, 20, 1, 2, 3, 4].map(minutesAgo), LIMIT, NOW)).toBe(0);
  });

  it('waits at least a second when the window is about to free up', () => {
    expect(secondsUntilRetry([15 * 60_000 - 100, 60_000, 60_000, 60_000, 60_000].map((ms) => new Date(NOW.getTime() - ms)), LIMIT, NOW)).toBe(1);
  });
});
