import { accrueDefaultInterest, interestFor, type DefaultInterestInput } from './default-interest';
import { INTEREST_RULES } from './interest-rules';
import { toMinor } from './money';

const periods = (input: DefaultInterestInput) =>
  accrueDefaultInterest(input).entitlements.flatMap((e) => e.lines.map((l) => ({ ...l.period!, amountMinor: l.amountMinor })));

const total = (input: DefaultInterestInput) => periods(input).reduce((sum, p) => sum + p.amountMinor, 0n);

describe('interest arithmetic', () => {
  it('is principal × rate × days / 365, rounded down', () => {
    expect(interestFor(toMinor('1,000.00'), 1_000, 365)).toBe(toMinor('100.00'));
    expect(interestFor(toMinor('1,000.00'), 1_000, 1)).toBe(27n); // 27.397… cents
    expect(interestFor(1n, 1_250, 365)).toBe(0n);
  });
});

describe('default interest over the principal still unpaid', () => {
  // DE B2B, H1 2025: base rate 2.27 % + 9 = 11.27 %. Due 31 Jan; EUR 10,000; EUR 4,000 paid on 2 March.
  const partialPayment: DefaultInterestInput = {
    country: 'DE',
    debtorKind: 'B2B',
    dueDate: '2025-01-31',
    asOf: '2025-03-31',
    principalTimeline: [
      { from: '2025-01-01', principalMinor: toMinor('10,000.00') },
      { from: '2025-03-02', principalMinor: toMinor('6,000.00') },
    ],
  };

  it('after a partial payment, accrues only on what is still unpaid', () => {
    expect(periods(partialPayment)).toEqual([
      // 1 Feb – 1 Mar: 29 days on 10,000: 10,000 × 11.27 % × 29 / 365 = 89.542… → 89.54
      expect.objectContaining({ start: '2025-02-01', end: '2025-03-01', days: 29, principalMinor: 1_000_000n, annualRateBasisPoints: 1_127, amountMinor: 8_954n }),
      // 2 – 31 Mar: 30 days on 6,000: 55.578… → 55.57
      expect.objectContaining({ start: '2025-03-02', end: '2025-03-31', days: 30, principalMinor: 600_000n, annualRateBasisPoints: 1_127, amountMinor: 5_557n }),
    ]);
    expect(total(partialPayment)).toBe(14_511n);
    // on the full principal it would have been 182.17: the payment is honoured
    expect(total({ ...partialPayment, principalTimeline: [partialPayment.principalTimeline[0]] })).toBe(18_217n);
  });

  it('splits a period at a half-year rate change', () => {
    // NL B2B: ECB + 8 = 11.15 % in H1 2025, 10.15 % in H2 2025. EUR 10,000 due 15 June.
    const input: DefaultInterestInput = {
      country: 'NL',
      debtorKind: 'B2B',
      dueDate: '2025-06-15',
      asOf: '2025-07-10',
      principalTimeline: [{ from: '2025-06-01', principalMinor: toMinor('10,000.00') }],
    };
    expect(periods(input)).toEqual([
      expect.objectContaining({ start: '2025-06-16', end: '2025-06-30', days: 15, annualRateBasisPoints: 1_115, amountMinor: 4_582n }),
      expect.objectContaining({ start: '2025-07-01', end: '2025-07-10', days: 10, annualRateBasisPoints: 1_015, amountMinor: 2_780n }),
    ]);
  });

  it('says "no rate known" for a half-year the table does not hold, and invents nothing', () => {
    const outcome = accrueDefaultInterest({
      country: 'NL',
      debtorKind: 'B2B',
      dueDate: '2026-06-20',
      asOf: '2026-07-05',
      principalTimeline: [{ from: '2026-06-01', principalMinor: toMinor('10,000.00') }],
    });
    expect(outcome.entitlements[0].lines.map((l) => [l.period!.start, l.period!.end])).toEqual([['2026-06-21', '2026-06-30']]);
    expect(outcome.refusals).toEqual([
      expect.objectContaining({ reason: 'NO_RATE_KNOWN', detail: 'no reference rate known for 2026-H2: no interest computed from 2026-07-01 to 2026-07-05' }),
    ]);
  });

  it('accrues nothing while the principal is zero, and nothing before the due date has passed', () => {
    const paid = { ...partialPayment, principalTimeline: [...partialPayment.principalTimeline, { from: '2025-03-10', principalMinor: 0n }] };
    expect(periods(paid).map((p) => p.end)).toEqual(['2025-03-01', '2025-03-09']);
    expect(accrueDefaultInterest({ ...partialPayment, asOf: '2025-01-31' })).toEqual({ entitlements: [], refusals: [] });
  });

  it('refuses a principal timeline that starts after interest does', () => {
    expect(() => accrueDefaultInterest({ ...partialPayment, principalTimeline: [{ from: '2025-02-15', principalMinor: 1n }] })).toThrow(
      expect.objectContaining({ code: 'DUNNING.CHARGE_INPUT_INVALID' }),
    );
  });
});

describe('Belgian consumers: the law caps a contractual rate, after the 14-day wait', () => {
  const base: DefaultInterestInput = {
    country: 'BE',
    debtorKind: 'B2C',
    dueDate: '2025-02-15',
    asOf: '2025-03-31',
    waitingPeriodEndsOn: '2025-03-14',
    principalTimeline: [{ from: '2025-02-01', principalMinor: toMinor('500.00') }],
  };

  it('caps an agreed 20 % at the 11.5 % of H1 2025, from the day after the wait', () => {
    // 15 – 31 March: 17 days × 500 × 11.5 % / 365 = 2.678… → 2.67
    expect(periods({ ...base, agreedInterestRateBasisPoints: 2_000 })).toEqual([
      expect.objectContaining({ start: '2025-03-15', end: '2025-03-31', days: 17, annualRateBasisPoints: 1_150, amountMinor: 267n }),
    ]);
  });

  it('keeps an agreed rate below the cap', () => {
    expect(periods({ ...base, agreedInterestRateBasisPoints: 800 })).toEqual([expect.objectContaining({ annualRateBasisPoints: 800, amountMinor: 186n })]);
  });

  it('refuses interest without an agreed rate, or before the wait is over', () => {
    expect(accrueDefaultInterest(base).refusals).toEqual([expect.objectContaining({ reason: 'AGREED_RATE_REQUIRED' })]);
    const early = accrueDefaultInterest({ ...base, agreedInterestRateBasisPoints: 800, asOf: '2025-03-14' });
    expect(early.refusals).toEqual([expect.objectContaining({ reason: 'WAITING_PERIOD_NOT_OVER' })]);
  });
});

describe('where no statutory interest is charged', () => {
  it.each([
    ['US', 'B2C'],
    ['GB', 'B2C'],
    ['NL', 'B2C'],
    ['ES', 'B2C'],
  ] as const)('%s %s: none (stricter reading)', (country, debtorKind) => {
    const outcome = accrueDefaultInterest({ country, debtorKind, dueDate: '2025-01-31', asOf: '2025-03-31', principalTimeline: [{ from: '2025-01-01', principalMinor: 100_000n }] });
    expect(outcome).toEqual({ entitlements: [], refusals: [expect.objectContaining({ ruleId: INTEREST_RULES[country][debtorKind].rule.ruleId, reason: 'NO_STATUTORY_BASIS' })] });
  });

  it('FR consumers: only from the formal notice', () => {
    const input: DefaultInterestInput = { country: 'FR', debtorKind: 'B2C', dueDate: '2025-01-31', asOf: '2025-03-31', principalTimeline: [{ from: '2025-01-01', principalMinor: 100_000n }] };
    expect(accrueDefaultInterest(input).refusals).toEqual([expect.objectContaining({ reason: 'FORMAL_NOTICE_REQUIRED' })]);
    expect(periods({ ...input, formalNoticeServedOn: '2025-03-21' })).toEqual([
      expect.objectContaining({ start: '2025-03-22', end: '2025-03-31', annualRateBasisPoints: 371 }),
    ]);
  });
});
