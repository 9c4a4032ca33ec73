import { AdjustableClock } from './adjustable-clock';
import { FixedClock } from './clock';
import { parseDuration } from './duration';

describe('FixedClock', () => {
  it('stands still until advanced, and hands out copies that callers cannot mutate', () => {
    const clock = new FixedClock('2026-03-01T00:00:00Z');
    const first = clock.now();
    first.setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-03-01T00:00:00.000Z');
    clock.advance(parseDuration('14d'));
    expect(clock.now().toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });
});

describe('AdjustableClock', () => {
  it('adds the accumulated offset to the base time', () => {
    const base = new FixedClock('2026-01-01T00:00:00Z');
    const clock = new AdjustableClock(base);
    clock.advance(parseDuration('90d'));
    base.advance(1_000);
    expect(clock.now().toISOString()).toBe('2026-04-01T00:00:01.000Z');
    expect(clock.offset).toBe(90 * 86_400_000);
  });

  it('refuses to move backwards or by a fraction of a millisecond', () => {
    const clock = new AdjustableClock();
    expect(() => clock.advance(-1)).toThrow('only moves forward');
    expect(() => clock.advance(0.5)).toThrow('only moves forward');
  });
});

describe('parseDuration', () => {
  it.each([
    ['90d', 90 * 86_400_000],
    ['1w2d', 9 * 86_400_000],
    ['36h', 36 * 3_600_000],
    ['250ms', 250],
    ['P3D', 3 * 86_400_000],
    ['PT12H30M', 12.5 * 3_600_000],
  ])('reads %s', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each(['', '3 months', 'P1M2', 'PT', '5y', '-3d'])('rejects %p with the accepted forms', (text) => {
    expect(() => parseDuration(text)).toThrow(/not a duration/);
  });
});
