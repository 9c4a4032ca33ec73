import { dutchFees, NL_RULES, NL_STAFFEL } from './nl-charges';
import { toMinor } from './money';
import { feeFacts, lateInvoices } from './fee-facts.test-fixtures';
import { evaluateScale } from './tiered-scale';

const staffel = (balance: string) => evaluateScale(NL_STAFFEL, toMinor(balance));
const afterLetter = { waitingPeriodEndsOn: '2025-03-20' };

describe('Netherlands, consumers: the staffel (Staatsblad 2012-141)', () => {
  it.each([
    ['125.00', '40.00'], // golden: 15 % = 18.75, raised to the minimum of 40
    ['23,000.00', '1,005.00'], // golden: 375 + 250 + 250 + 130
    ['266.66', '40.00'], // 15 % = 39.999 → still the minimum
    ['266.67', '40.00'], // 15 % = 40.0005 → 40.00 rounded down
    ['2,500.00', '375.00'],
    ['5,000.00', '625.00'],
    ['10,000.00', '875.00'],
    ['200,000.00', '2,775.00'],
    ['1,000,000.00', '6,775.00'], // 2,775 + 0.5 % of 800,000: the maximum exactly
    ['5,000,000.00', '6,775.00'],
  ])('principal %s → collection costs at most %s EUR', (balance, cap) => {
    expect(staffel(balance)).toBe(toMinor(cap));
  });

  it('allows the costs only after the free 14-day letter period', () => {
    const before = dutchFees(feeFacts({ balance: '23,000.00' }));
    expect(before.entitlements).toEqual([]);
    expect(before.refusals).toEqual([expect.objectContaining({ ruleId: NL_RULES.staffel.ruleId, reason: 'WAITING_PERIOD_NOT_OVER' })]);

    const after = dutchFees(feeFacts({ balance: '23,000.00', ...afterLetter }));
    expect(after.entitlements).toEqual([{ rule: NL_RULES.staffel, lines: [{ amountMinor: 100_500n }] }]);
  });

  it('adds 21 % VAT on the costs only when the creditor cannot deduct it', () => {
    const outcome = dutchFees(feeFacts({ balance: '23,000.00', ...afterLetter, creditorCannotDeductVat: true }));
    expect(outcome.entitlements.map((e) => [e.rule.ruleId, e.lines[0].amountMinor])).toEqual([
      [NL_RULES.staffel.ruleId, 100_500n],
      [NL_RULES.vat.ruleId, 21_105n], // 21 % of 1,005.00
    ]);
  });
});

describe('Netherlands, businesses', () => {
  it('owes EUR 40 per late invoice (stricter reading), not the staffel', () => {
    const outcome = dutchFees(feeFacts({ debtorKind: 'B2B', balance: '23,000.00', lateInvoices: lateInvoices(2) }));
    expect(outcome.entitlements.map((e) => e.rule.ruleId)).toEqual([NL_RULES.lateCompensation.ruleId]);
    expect(outcome.entitlements[0].lines.reduce((s, l) => s + l.amountMinor, 0n)).toBe(8_000n);
  });
});
