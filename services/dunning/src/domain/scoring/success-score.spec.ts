import fc from 'fast-check';
import { CurrencyNotSupportedError, ScoreInputInvalidError } from './scoring.errors';
import { type ContactableChannel, CONTACTABLE_CHANNELS, type ResponseHistory, type ScoreFactorName, successScore, type SuccessScoreInput } from './success-score';

const NO_HISTORY: ResponseHistory = { promisesKept: 0, promisesBroken: 0, paymentsReceived: 0, contactsReached: 0, noAnswers: 0 };

/** EUR 800, 60 days past due, a consumer reachable by letter only, no history: 50 + 2 + 4 + 0 + 2 = 58. */
function anInput(overrides: Partial<SuccessScoreInput> = {}): SuccessScoreInput {
  return {
    balance: { amountMinor: 80_000n, currency: 'EUR' },
    oldestUnpaidDueDate: '2026-01-01',
    today: '2026-03-02',
    debtorKind: 'B2C',
    usableChannels: ['LETTER'],
    history: NO_HISTORY,
    ...overrides,
  };
}

const pointsOf = (input: SuccessScoreInput, factor: ScoreFactorName) => successScore(input).factors.find((entry) => entry.factor === factor)?.points;
const sumOfPoints = (result: ReturnType<typeof successScore>) => result.factors.reduce((sum, factor) => sum + factor.points, 0);

/** Adds days to a calendar date (test helper: UTC arithmetic). */
function plusDays(date: string, days: number): string {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days)).toISOString().slice(0, 10);
}

const historyArbitrary = fc.record({
  promisesKept: fc.nat(10),
  promisesBroken: fc.nat(10),
  paymentsReceived: fc.nat(10),
  contactsReached: fc.nat(10),
  noAnswers: fc.nat(20),
});
const channelsArbitrary = fc.subarray([...CONTACTABLE_CHANNELS]);
const inputArbitrary = fc.record({
  balance: fc.record({ amountMinor: fc.bigInt(0n, 20_000_000n), currency: fc.constantFrom('EUR', 'GBP', 'USD', 'SEK') }),
  oldestUnpaidDueDate: fc.constant('2024-01-01'),
  today: fc.integer({ min: -30, max: 1_200 }).map((days) => plusDays('2024-01-01', days)),
  debtorKind: fc.constantFrom('B2C' as const, 'B2B' as const),
  usableChannels: channelsArbitrary,
  history: historyArbitrary,
});

describe('successScore', () => {
  it('explains the example case factor by factor and the score is their sum', () => {
    const result = successScore(anInput());

    expect(result.score).toBe(58);
    expect(result.factors.map(({ factor, value, points }) => [factor, value, points])).toEqual([
      ['BASE', 50, 50],
      ['AMOUNT', '80000', 2],
      ['AGE', 60, 4],
      ['DEBTOR_KIND', 'B2C', 0],
      ['CHANNELS', 'LETTER', 2],
      ['PAYMENTS_RECEIVED', 0, 0],
      ['PROMISES_KEPT', 0, 0],
      ['PROMISES_BROKEN', 0, 0],
      ['CONTACTS_REACHED', 0, 0],
      ['NO_ANSWERS', 0, 0],
    ]);
    expect(result.factors.find((factor) => factor.factor === 'AMOUNT')?.why).toBe('a balance worth EUR 800.00 is EUR 500 to under 2,000: +2');
  });

  describe('amount', () => {
    it.each([
      [0n, 10],
      [9_999n, 10],
      [10_000n, 6],
      [49_999n, 6],
      [50_000n, 2],
      [199_999n, 2],
      [200_000n, -4],
      [999_999n, -4],
      [1_000_000n, -8],
      [4_999_999n, -8],
      [5_000_000n, -12],
      [900_000_000n, -12],
    ])('EUR %p minor units give %p points', (amountMinor, points) => {
      expect(pointsOf(anInput({ balance: { amountMinor, currency: 'EUR' } }), 'AMOUNT')).toBe(points);
    });

    it('rates another currency through its fixed EUR equivalent', () => {
      // SEK 6,000 ≈ EUR 540 (0.09 EUR per SEK): the EUR 500–2,000 band.
      const result = successScore(anInput({ balance: { amountMinor: 600_000n, currency: 'SEK' } }));
      expect(result.factors.find((factor) => factor.factor === 'AMOUNT')).toMatchObject({ value: '54000', points: 2 });
    });

    it('refuses a currency the table does not hold', () => {
      expect(() => successScore(anInput({ balance: { amountMinor: 100n, currency: 'XYZ' } }))).toThrow(CurrencyNotSupportedError);
    });
  });

  describe('age', () => {
    it.each([
      ['2026-03-02', 0, 10],
      ['2026-03-31', 29, 10],
      ['2026-04-01', 30, 10],
      ['2026-04-02', 31, 4],
      ['2026-05-31', 90, 4],
      ['2026-06-01', 91, -4],
      ['2026-08-29', 180, -4],
      ['2026-08-30', 181, -10],
      ['2027-03-02', 365, -10],
      ['2027-03-03', 366, -18],
      ['2028-03-01', 730, -18],
      ['2028-03-02', 731, -25],
    ])('today %s is %p days after the due date: %p points', (today, days, points) => {
      const factor = successScore(anInput({ oldestUnpaidDueDate: '2026-03-02', today })).factors.find((entry) => entry.factor === 'AGE');
      expect(factor).toMatchObject({ value: days, points });
    });

    it('counts a debt not yet due as 0 days old', () => {
      const factor = successScore(anInput({ oldestUnpaidDueDate: '2026-04-01', today: '2026-03-02' })).factors.find((entry) => entry.factor === 'AGE');
      expect(factor).toMatchObject({ value: 0, points: 10 });
    });
  });

  it('gives a business debtor 3 points and a consumer none', () => {
    expect(pointsOf(anInput({ debtorKind: 'B2B' }), 'DEBTOR_KIND')).toBe(3);
    expect(pointsOf(anInput({ debtorKind: 'B2C' }), 'DEBTOR_KIND')).toBe(0);
  });

  describe('channels', () => {
    it.each<[ContactableChannel[], number]>([
      [['LETTER'], 2],
      [['SMS'], 3],
      [['EMAIL'], 4],
      [['PHONE'], 8],
      [['LETTER', 'EMAIL', 'SMS', 'PHONE'], 17],
    ])('%p give %p points', (usableChannels, points) => {
      expect(pointsOf(anInput({ usableChannels }), 'CHANNELS')).toBe(points);
    });

    it('costs 15 points when no channel can reach the debtor', () => {
      expect(pointsOf(anInput({ usableChannels: [] }), 'CHANNELS')).toBe(-15);
    });

    it('ignores VISIT and counts a channel listed twice once', () => {
      expect(successScore(anInput({ usableChannels: ['PHONE', 'VISIT', 'PHONE'] })).factors.find((factor) => factor.factor === 'CHANNELS')).toMatchObject({ value: 'PHONE', points: 8 });
    });
  });

  describe('past responses', () => {
    it.each<[keyof ResponseHistory, ScoreFactorName, number, number]>([
      ['paymentsReceived', 'PAYMENTS_RECEIVED', 1, 6],
      ['paymentsReceived', 'PAYMENTS_RECEIVED', 3, 18],
      ['paymentsReceived', 'PAYMENTS_RECEIVED', 7, 18],
      ['promisesKept', 'PROMISES_KEPT', 2, 10],
      ['promisesKept', 'PROMISES_KEPT', 9, 15],
      ['promisesBroken', 'PROMISES_BROKEN', 1, -6],
      ['promisesBroken', 'PROMISES_BROKEN', 5, -18],
      ['contactsReached', 'CONTACTS_REACHED', 3, 6],
      ['contactsReached', 'CONTACTS_REACHED', 10, 8],
      ['noAnswers', 'NO_ANSWERS', 4, -4],
      ['noAnswers', 'NO_ANSWERS', 25, -10],
    ])('%s = %p gives %s %p points (capped)', (key, factor, count, points) => {
      expect(pointsOf(anInput({ history: { ...NO_HISTORY, [key]: count } }), factor)).toBe(points);
    });

    it('says when a cap applied', () => {
      const factor = successScore(anInput({ history: { ...NO_HISTORY, promisesBroken: 5 } })).factors.find((entry) => entry.factor === 'PROMISES_BROKEN');
      expect(factor?.why).toBe('5 promise(s) to pay broken at -6 each: -18 (capped at -18)');
    });
  });

  describe('clamping', () => {
    it('keeps the best case at 100 and lists the clamp as a factor', () => {
      const result = successScore(
        anInput({
          balance: { amountMinor: 5_000n, currency: 'EUR' },
          today: '2026-01-05',
          debtorKind: 'B2B',
          usableChannels: ['LETTER', 'EMAIL', 'SMS', 'PHONE'],
          history: { promisesKept: 3, promisesBroken: 0, paymentsReceived: 3, contactsReached: 4, noAnswers: 0 },
        }),
      );
      expect(result.score).toBe(100);
      expect(result.factors.at(-1)).toMatchObject({ factor: 'CLAMP', value: 131, points: -31 });
    });

    it('keeps the worst case at 0', () => {
      const result = successScore(
        anInput({
          balance: { amountMinor: 9_000_000n, currency: 'EUR' },
          today: '2029-01-01',
          usableChannels: [],
          history: { promisesKept: 0, promisesBroken: 3, paymentsReceived: 0, contactsReached: 0, noAnswers: 10 },
        }),
      );
      expect(result.score).toBe(0);
      expect(result.factors.at(-1)).toMatchObject({ factor: 'CLAMP', value: -30, points: 30 });
    });
  });

  describe('bad input', () => {
    it.each([
      [{ today: '2026-02-30' }, 'today'],
      [{ oldestUnpaidDueDate: '01/02/2026' }, 'oldestUnpaidDueDate'],
      [{ balance: { amountMinor: -1n, currency: 'EUR' } }, 'balance.amountMinor'],
      [{ history: { ...NO_HISTORY, noAnswers: -1 } }, 'history.noAnswers'],
      [{ history: { ...NO_HISTORY, promisesKept: 1.5 } }, 'history.promisesKept'],
    ])('rejects %p naming %s', (overrides, field) => {
      let thrown: unknown;
      try {
        successScore(anInput(overrides as Partial<SuccessScoreInput>));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ScoreInputInvalidError);
      expect((thrown as ScoreInputInvalidError).details.map((problem) => problem.field)).toEqual([field]);
      expect((thrown as ScoreInputInvalidError).code).toBe('DUNNING.SCORE_INPUT_INVALID');
    });
  });

  describe('properties', () => {
    it('is an integer in 0..100 equal to the sum of its factors', () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const result = successScore(input);
          expect(Number.isInteger(result.score)).toBe(true);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(sumOfPoints(result)).toBe(result.score);
        }),
      );
    });

    it('never rises as the debt gets older', () => {
      fc.assert(
        fc.property(inputArbitrary, fc.nat(800), (input, moreDays) => {
          expect(successScore({ ...input, today: plusDays(input.today, moreDays) }).score).toBeLessThanOrEqual(successScore(input).score);
        }),
      );
    });

    it('never rises as the balance grows', () => {
      fc.assert(
        fc.property(inputArbitrary, fc.bigInt(0n, 10_000_000n), (input, more) => {
          const larger = { ...input, balance: { ...input.balance, amountMinor: input.balance.amountMinor + more } };
          expect(successScore(larger).score).toBeLessThanOrEqual(successScore(input).score);
        }),
      );
    });

    it('never falls when one more channel becomes usable', () => {
      fc.assert(
        fc.property(inputArbitrary, fc.constantFrom(...CONTACTABLE_CHANNELS), (input, channel) => {
          const more = { ...input, usableChannels: [...input.usableChannels, channel] };
          expect(successScore(more).score).toBeGreaterThanOrEqual(successScore(input).score);
        }),
      );
    });

    it.each<[keyof ResponseHistory, 'up' | 'down']>([
      ['paymentsReceived', 'up'],
      ['promisesKept', 'up'],
      ['contactsReached', 'up'],
      ['promisesBroken', 'down'],
      ['noAnswers', 'down'],
    ])('one more %s never moves the score %s the wrong way', (key, direction) => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const before = successScore(input).score;
          const after = successScore({ ...input, history: { ...input.history, [key]: input.history[key] + 1 } }).score;
          if (direction === 'up') expect(after).toBeGreaterThanOrEqual(before);
          else expect(after).toBeLessThanOrEqual(before);
        }),
      );
    });

    it('never scores a business below the same consumer', () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          expect(successScore({ ...input, debtorKind: 'B2B' }).score).toBeGreaterThanOrEqual(successScore({ ...input, debtorKind: 'B2C' }).score);
        }),
      );
    });
  });
});
