import fc from 'fast-check';
import { plusDays } from '../calendar-date';
import { formatMoney, money } from '../money';
import type { IncomeDeclaration } from './income-declaration';
import { DEFAULT_NEGOTIATION_POLICY as policy } from './negotiation-policy';
import { heaviestMonth, validatePlanProposal, type ProposedInstalment } from './plan-proposal';

/**
 * Plans built the way an agent would (a split of the balance, the first instalment within the
 * policy's delay, dates strictly increasing within the maximum duration) are accepted; moving any
 * one instalment by a cent is refused with the cent named.
 */

const today = '2026-03-02';

const planArb = fc
  .record({
    // every instalment but the last at least the minimum; the last anything above 0
    leading: fc.array(fc.bigInt({ min: policy.minInstalmentMinor, max: 5_000_000n }), { maxLength: 23 }),
    lastAmount: fc.bigInt({ min: 1n, max: 5_000_000n }),
    firstDelay: fc.integer({ min: 0, max: policy.maxFirstInstalmentDelayDays }),
    // 30 days + 23 gaps of at most 28 stays within 24 months
    gaps: fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 23, maxLength: 23 }),
    currency: fc.constantFrom('EUR', 'SEK', 'GBP'),
  })
  .map(({ leading, lastAmount, firstDelay, gaps, currency }) => {
    let due = plusDays(today, firstDelay);
    const amounts = [...leading, lastAmount];
    const instalments: ProposedInstalment[] = amounts.map((amount, index) => {
      if (index > 0) due = plusDays(due, gaps[index - 1]);
      return { number: index + 1, dueDate: due, amount: money(amount, currency) };
    });
    const balance = money(
      amounts.reduce((a, b) => a + b, 0n),
      currency,
    );
    return { balance, instalments };
  });

it('accepts any valid split of the balance', () => {
  fc.assert(
    fc.property(planArb, ({ balance, instalments }) => {
      expect(validatePlanProposal({ balance, instalments, today, policy })).toEqual([]);
    }),
  );
});

it('refuses a plan with one amount a cent off, naming the cent', () => {
  fc.assert(
    fc.property(planArb, fc.nat(), fc.boolean(), ({ balance, instalments }, pick, up) => {
      const index = pick % instalments.length;
      const original = instalments[index].amount.amountMinor;
      // a cent down would also break the minimum or positivity on some instalments: go up there
      const floor = index === instalments.length - 1 ? 1n : policy.minInstalmentMinor;
      const delta = up || original - 1n < floor ? 1n : -1n;
      const changed = instalments.map((i, n) => (n === index ? { ...i, amount: money(original + delta, balance.currency) } : i));
      const problems = validatePlanProposal({ balance, instalments: changed, today, policy });
      expect(problems).toHaveLength(1);
      expect(problems[0].code).toBe('TOTAL_MISMATCH');
      expect(problems[0].message).toContain(`${formatMoney(money(1n, balance.currency))} ${delta > 0n ? 'more' : 'less'} than the balance of ${formatMoney(balance)}`);
    }),
  );
});

it('accepts exactly when the heaviest month fits the disposable income', () => {
  fc.assert(
    fc.property(planArb, fc.bigInt({ min: 0n, max: 1_000_000n }), fc.bigInt({ min: -2n, max: 2n }), ({ balance, instalments }, charges, slack) => {
      const heaviest = heaviestMonth(instalments, balance.currency)!.totalMinor;
      const declaration: IncomeDeclaration = {
        monthlyIncomeMinor: charges + heaviest + slack,
        monthlyChargesMinor: charges,
        dependants: 1,
        currency: balance.currency,
        declaredOn: today,
      };
      const codes = validatePlanProposal({ balance, instalments, today, policy, declaration }).map((p) => p.code);
      expect(codes).toEqual(slack < 0n ? ['NOT_AFFORDABLE'] : []);
    }),
  );
});
