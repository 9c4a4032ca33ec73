import { DE_RULES, germanCollectionFeeCap, germanFees } from './de-charges';
import { rvgFullFee } from './de-rvg-fee-table';
import { feeFacts, lateInvoices } from './fee-facts.test-fixtures';
import { toMinor } from './money';

describe('Germany: the RVG fee table of 2021 (§13(1) RVG)', () => {
  it.each([
    ['0.01', '49.00'],
    ['500.00', '49.00'],
    ['500.01', '88.00'], // each started step of 500 adds 39
    ['1,000.00', '88.00'],
    ['2,000.00', '166.00'],
    ['5,000.00', '334.00'],
    ['10,000.00', '614.00'],
    ['50,000.00', '1,279.00'],
  ])('value %s → full fee %s EUR', (value, fee) => {
    expect(rvgFullFee(toMinor(value))).toBe(toMinor(fee));
  });
});

describe('Germany, consumers: what a collector may charge', () => {
  const total = (value: string, unpaid: boolean) => {
    const cap = germanCollectionFeeCap(toMinor(value), unpaid);
    return cap.feeMinor + cap.expensesMinor;
  };

  it('claims up to EUR 50: EUR 30 at most, fee and expenses together', () => {
    expect(total('50.00', true)).toBe(toMinor('30.00')); // 0.9 × 30 + 20 % = 32.40, held at 30
    expect(total('50.00', false)).toBe(toMinor('18.00')); // 0.5 × 30 = 15 + 3 expenses
  });

  it('above EUR 50: 0.5 of the RVG fee until the first demand goes unpaid, then 0.9, plus 20 % expenses (max EUR 20)', () => {
    expect(germanCollectionFeeCap(toMinor('1,000.00'), false)).toEqual({ feeMinor: 4_400n, expensesMinor: 880n }); // 0.5 × 88
    expect(germanCollectionFeeCap(toMinor('1,000.00'), true)).toEqual({ feeMinor: 7_920n, expensesMinor: 1_584n }); // 0.9 × 88
    expect(germanCollectionFeeCap(toMinor('10,000.00'), true)).toEqual({ feeMinor: 55_260n, expensesMinor: 2_000n }); // expenses capped
  });

  it('gives fee and expenses as two lines of one capped rule', () => {
    const outcome = germanFees(feeFacts({ balance: '1,000.00', firstDemandUnpaid: true }));
    expect(outcome.entitlements).toEqual([
      { rule: DE_RULES.collectionFee, lines: [{ reference: 'fee', amountMinor: 7_920n }, { reference: 'expenses', amountMinor: 1_584n }] },
    ]);
  });
});

describe('Germany, businesses (BGB §288(5))', () => {
  it('owes EUR 40 per late invoice and per late instalment', () => {
    const outcome = germanFees(
      feeFacts({ debtorKind: 'B2B', balance: '9,000.00', lateInvoices: lateInvoices(3), lateInstalments: [{ reference: 'R1' }, { reference: 'R2' }] }),
    );
    expect(outcome.entitlements[0].rule).toBe(DE_RULES.lateCompensation);
    expect(outcome.entitlements[0].lines.map((l) => [l.reference, l.amountMinor])).toEqual([
      ['INV-1', 4_000n],
      ['INV-2', 4_000n],
      ['INV-3', 4_000n],
      ['R1', 4_000n],
      ['R2', 4_000n],
    ]);
  });
});
