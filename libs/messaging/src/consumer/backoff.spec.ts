import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const options = { initialMs: 100, maxMs: 2_000 };

  it('grows exponentially up to the ceiling', () => {
    const top = (attempt: number) => backoffDelay(attempt, options, () => 1);
    expect([1, 2, 3, 4, 5, 6, 10].map(top)).toEqual([100, 200, 400, 800, 1_600, 2_000, 2_000]);
  });

  it('never waits less than half the initial delay, whatever the jitter', () => {
    expect(backoffDelay(7, options, () => 0)).toBe(50);
  });
});
