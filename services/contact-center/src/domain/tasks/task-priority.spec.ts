import fc from 'fast-check';
import { UNKNOWN_SUCCESS_SCORE, taskPriority } from './task-priority';

const now = new Date('2026-03-02T09:00:00Z');
const inHours = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const base = { balanceEurMinor: 100_000n, successScore: 0.5, notAfter: inHours(8), now };

describe('taskPriority', () => {
  it('ranks a larger balance higher', () => {
    expect(taskPriority({ ...base, balanceEurMinor: 1_000_000n })).toBeGreaterThan(taskPriority(base));
  });

  it('ranks a higher success score higher', () => {
    expect(taskPriority({ ...base, successScore: 0.9 })).toBeGreaterThan(taskPriority(base));
  });

  it('ranks a window that closes sooner higher', () => {
    expect(taskPriority({ ...base, notAfter: inHours(1) })).toBeGreaterThan(taskPriority(base));
  });

  it('counts an unknown or NaN score as neutral, and clamps scores outside 0..1', () => {
    const neutral = taskPriority({ ...base, successScore: UNKNOWN_SUCCESS_SCORE });
    expect(taskPriority({ ...base, successScore: undefined })).toBe(neutral);
    expect(taskPriority({ ...base, successScore: Number.NaN })).toBe(neutral);
    expect(taskPriority({ ...base, successScore: 7 })).toBe(taskPriority({ ...base, successScore: 1 }));
    expect(taskPriority({ ...base, successScore: -3 })).toBe(taskPriority({ ...base, successScore: 0 }));
  });

  it('counts a closed window as closing now, and a negative balance as zero', () => {
    expect(taskPriority({ ...base, notAfter: inHours(-5) })).toBe(taskPriority({ ...base, notAfter: now }));
    expect(taskPriority({ ...base, balanceEurMinor: -500n })).toBe(taskPriority({ ...base, balanceEurMinor: 0n }));
  });

  it('follows the documented formula', () => {
    // 1,000.00 EUR, score 0.5, 24 h left: 10·log10(1001) + 15 + 15
    expect(taskPriority({ balanceEurMinor: 100_000n, successScore: 0.5, notAfter: inHours(24), now })).toBeCloseTo(10 * Math.log10(1001) + 30, 9);
  });

  const balance = fc.bigInt({ min: -1_000n, max: 10n ** 15n });
  const score = fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { nil: undefined });
  const hours = fc.double({ min: -48, max: 24 * 30, noNaN: true });

  it('is monotonic in the balance', () => {
    fc.assert(
      fc.property(balance, balance, score, hours, (a, b, s, h) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const input = { successScore: s, notAfter: inHours(h), now };
        expect(taskPriority({ ...input, balanceEurMinor: high })).toBeGreaterThanOrEqual(taskPriority({ ...input, balanceEurMinor: low }));
      }),
    );
  });

  it('is monotonic in the success score', () => {
    fc.assert(
      fc.property(balance, fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.double({ min: -0.5, max: 1.5, noNaN: true }), hours, (bal, a, b, h) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const input = { balanceEurMinor: bal, notAfter: inHours(h), now };
        expect(taskPriority({ ...input, successScore: high })).toBeGreaterThanOrEqual(taskPriority({ ...input, successScore: low }));
      }),
    );
  });

  it('never ranks a later window end higher, and never lowers a task as time passes', () => {
    fc.assert(
      fc.property(balance, score, hours, hours, (bal, s, a, b) => {
        const [sooner, later] = a <= b ? [a, b] : [b, a];
        const input = { balanceEurMinor: bal, successScore: s, now };
        expect(taskPriority({ ...input, notAfter: inHours(sooner) })).toBeGreaterThanOrEqual(taskPriority({ ...input, notAfter: inHours(later) }));
        const notAfter = inHours(24);
        const laterNow = new Date(now.getTime() + (later - sooner) * 3_600_000);
        expect(taskPriority({ ...input, notAfter, now: laterNow })).toBeGreaterThanOrEqual(taskPriority({ ...input, notAfter }));
      }),
    );
  });

  it('is always a finite number', () => {
    fc.assert(fc.property(balance, score, hours, (bal, s, h) => Number.isFinite(taskPriority({ balanceEurMinor: bal, successScore: s, notAfter: inHours(h), now }))));
  });
});
