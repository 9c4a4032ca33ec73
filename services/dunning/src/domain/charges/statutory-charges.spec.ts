import fc from 'fast-check';
import { POLICY_COUNTRIES } from '../steps';
import { addDays } from './calendar-days';
import { capKeyOf, type AlreadyCharged, type Charge } from './charge';
import { CURRENCY_OF_COUNTRY, toMinor } from './money';
import { statutoryCharges, type StatutoryChargesInput } from './statutory-charges';

const asAlreadyCharged = (charges: readonly Charge[]): AlreadyCharged[] =>
  charges.map(({ ruleId, kind, amountMinor, currency }) => ({ ruleId, kind, amountMinor, currency }));

function perCapKey(charges: readonly { ruleId: string; amountMinor: bigint }[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const c of charges) sums.set(capKeyOf(c.ruleId), (sums.get(capKeyOf(c.ruleId)) ?? 0n) + c.amountMinor);
  return sums;
}

describe('statutoryCharges', () => {
  it('BE consumer, EUR 500 after the wait: damages 65, interest at the capped rate, first reminder free', () => {
    const result = statutoryCharges({
      country: 'BE',
      debtorKind: 'B2C',
      currency: 'EUR',
      asOf: '2025-03-31',
      dueDate: '2025-02-15',
      principalTimeline: [{ from: '2025-02-01', principalMinor: toMinor('500.00') }],
      remindersSent: 1,
      waitingPeriodEndsOn: '2025-03-14',
      agreedInterestRateBasisPoints: 2_000,
    });
    expect(result.charges.map((c) => [c.kind, c.ruleId, c.amountMinor])).toEqual([
      ['DAMAGES', 'BE.damages-cap@2023-09-01', 6_500n],
      ['DEFAULT_INTEREST', 'BE.consumer-interest-cap@2023-09-01', 267n],
    ]);
    expect(result.charges[1].period).toEqual(expect.objectContaining({ start: '2025-03-15', end: '2025-03-31' }));
    expect(result.totalMinor).toBe(6_767n);
    expect(result.refusals.map((r) => r.reason)).toEqual(['FIRST_REMINDER_FREE']);
  });

  it('tops up: damages charged before are not charged again, interest only for the days not yet charged', () => {
    const input: StatutoryChargesInput = {
      country: 'BE',
      debtorKind: 'B2C',
      currency: 'EUR',
      asOf: '2025-03-31',
      dueDate: '2025-02-15',
      principalTimeline: [{ from: '2025-02-01', principalMinor: toMinor('1,000.00') }],
      remindersSent: 1,
      waitingPeriodEndsOn: '2025-03-14',
      agreedInterestRateBasisPoints: 2_000,
    };
    const first = statutoryCharges(input);
    const later = statutoryCharges({ ...input, asOf: '2025-04-30', alreadyCharged: asAlreadyCharged(first.charges) });
    // one period 15 March – 30 April (same principal, same half-year): 1,000 × 11.5 % × 47 / 365 = 14.80,
    // of which the 5.35 of 15 – 31 March was charged by the first call
    expect(first.charges.map((c) => c.amountMinor)).toEqual([9_000n, 535n]);
    expect(later.charges).toEqual([
      expect.objectContaining({ kind: 'DEFAULT_INTEREST', amountMinor: 945n, chargedBeforeMinor: 535n, period: expect.objectContaining({ start: '2025-03-15', end: '2025-04-30' }) }),
    ]);
    expect(later.refusals).toContainEqual(expect.objectContaining({ ruleId: 'BE.damages-cap@2023-09-01', reason: 'ALREADY_CHARGED' }));
  });

  it('refuses a currency that is not the country’s', () => {
    expect(() =>
      statutoryCharges({ country: 'SE', debtorKind: 'B2C', currency: 'EUR', asOf: '2025-03-31', dueDate: '2025-02-15', principalTimeline: [{ from: '2025-02-01', principalMinor: 1n }] }),
    ).toThrow(expect.objectContaining({ code: 'DUNNING.CHARGE_INPUT_INVALID', field: 'currency' }));
  });

  it('never computes interest on fees: the interest is the same whatever fees are charged', () => {
    const base: StatutoryChargesInput = {
      country: 'DE',
      debtorKind: 'B2B',
      currency: 'EUR',
      asOf: '2025-03-31',
      dueDate: '2025-01-31',
      principalTimeline: [{ from: '2025-01-01', principalMinor: toMinor('10,000.00') }],
    };
    const interest = (input: StatutoryChargesInput) => statutoryCharges(input).charges.filter((c) => c.kind === 'DEFAULT_INTEREST');
    expect(interest({ ...base, lateInvoices: [{ reference: 'A', amountMinor: 1n }], lateInstalments: [{ reference: 'R' }] })).toEqual(interest(base));
  });
});

/** A random case in any country, 2024–2026, with partial payments, invoices and steps taken. */
const cases: fc.Arbitrary<StatutoryChargesInput> = fc
  .record({
    country: fc.constantFrom(...POLICY_COUNTRIES),
    debtorKind: fc.constantFrom('B2C' as const, 'B2B' as const),
    dueOffset: fc.integer({ min: 0, max: 880 }),
    asOfAfter: fc.integer({ min: 0, max: 200 }),
    principal: fc.bigInt({ min: 0n, max: 50_000_000n }),
    payments: fc.array(fc.record({ after: fc.integer({ min: 1, max: 200 }), fraction: fc.integer({ min: 0, max: 100 }) }), { maxLength: 3 }),
    invoices: fc.array(fc.bigInt({ min: 1n, max: 2_000_000n }), { maxLength: 3 }),
    instalments: fc.integer({ min: 0, max: 2 }),
    remindersSent: fc.integer({ min: 0, max: 3 }),
    waitAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    noticeAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    agreed: fc.option(fc.integer({ min: 0, max: 3_000 }), { nil: undefined }),
  })
  .map((c) => {
    const dueDate = addDays('2024-01-01', c.dueOffset);
    let principal = c.principal;
    const timeline = [{ from: '2023-12-01', principalMinor: principal }];
    [...c.payments]
      .sort((a, b) => a.after - b.after)
      .forEach((p, i, all) => {
        if (i > 0 && p.after === all[i - 1].after) return;
        principal = (principal * BigInt(p.fraction)) / 100n;
        timeline.push({ from: addDays(dueDate, p.after), principalMinor: principal });
      });
    return {
      country: c.country,
      debtorKind: c.debtorKind,
      currency: CURRENCY_OF_COUNTRY[c.country],
      asOf: addDays(dueDate, c.asOfAfter),
      dueDate,
      principalTimeline: timeline,
      lateInvoices: c.invoices.map((amountMinor, i) => ({ reference: `INV-${i}`, amountMinor })),
      lateInstalments: Array.from({ length: c.instalments }, (_, i) => ({ reference: `R-${i}` })),
      remindersSent: c.remindersSent,
      ...(c.waitAfter !== undefined ? { waitingPeriodEndsOn: addDays(dueDate, c.waitAfter) } : {}),
      ...(c.noticeAfter !== undefined ? { formalNoticeServedOn: addDays(dueDate, c.noticeAfter) } : {}),
      reminderFeeAgreed: c.flags[0],
      collectionDemandSent: c.flags[1],
      paymentPlanAgreed: c.flags[2],
      creditorCannotDeductVat: c.flags[3],
      firstDemandUnpaid: c.flags[4],
      ...(c.agreed !== undefined ? { agreedInterestRateBasisPoints: c.agreed } : {}),
    };
  });

describe('statutoryCharges, whatever the case (properties)', () => {
  it('is idempotent: feeding back what it charged, a second call charges nothing', () => {
    fc.assert(
      fc.property(cases, (input) => {
        const first = statutoryCharges(input);
        const second = statutoryCharges({ ...input, alreadyCharged: asAlreadyCharged(first.charges) });
        expect(second.charges).toEqual([]);
      }),
    );
  });

  it('never takes a rule above its cap, whatever was already charged', () => {
    fc.assert(
      fc.property(cases, fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 12, maxLength: 12 }), (input, percents) => {
        const caps = perCapKey(statutoryCharges(input).charges);
        const already: AlreadyCharged[] = [];
        const full = statutoryCharges(input).charges;
        full.forEach((c, i) => already.push({ ...asAlreadyCharged([c])[0], amountMinor: (c.amountMinor * BigInt(percents[i % 12])) / 100n }));
        const alreadyByKey = perCapKey(already);
        const added = perCapKey(statutoryCharges({ ...input, alreadyCharged: already }).charges);
        for (const [key, cap] of caps) {
          const before = alreadyByKey.get(key) ?? 0n;
          expect(added.get(key) ?? 0n).toBe(cap > before ? cap - before : 0n);
        }
        for (const key of added.keys()) expect(caps.has(key)).toBe(true);
      }),
    );
  });

  it('over a sequence of calls as time passes and payments come in, never charges a rule more than the highest cap it had', () => {
    fc.assert(
      fc.property(cases, fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 4 }), (input, steps) => {
        const charged: Charge[] = [];
        const highestCap = new Map<string, bigint>();
        let asOf = input.asOf;
        for (const step of steps) {
          asOf = addDays(asOf, step);
          const caps = perCapKey(statutoryCharges({ ...input, asOf }).charges);
          caps.forEach((cap, key) => highestCap.set(key, cap > (highestCap.get(key) ?? 0n) ? cap : highestCap.get(key)!));
          charged.push(...statutoryCharges({ ...input, asOf, alreadyCharged: asAlreadyCharged(charged) }).charges);
          for (const [key, total] of perCapKey(charged)) expect(total <= (highestCap.get(key) ?? 0n)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
