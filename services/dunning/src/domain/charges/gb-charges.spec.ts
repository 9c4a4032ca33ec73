import { britishFees, gbFixedSum, GB_RULES } from './gb-charges';
import { feeFacts } from './fee-facts.test-fixtures';
import { toMinor } from './money';

describe('United Kingdom, businesses: fixed sum per late invoice (1998 Act s.5A)', () => {
  it.each([
    ['0.01', '40.00'],
    ['999.99', '40.00'],
    ['1,000.00', '70.00'],
    ['9,999.99', '70.00'],
    ['10,000.00', '100.00'],
    ['250,000.00', '100.00'],
  ])('invoice of GBP %s → GBP %s', (amount, sum) => {
    expect(gbFixedSum(toMinor(amount))).toBe(toMinor(sum));
  });

  it('charges each late invoice by its own amount', () => {
    const invoices = [
      { reference: 'A', amountMinor: toMinor('999.99') },
      { reference: 'B', amountMinor: toMinor('1,000.00') },
      { reference: 'C', amountMinor: toMinor('10,000.00') },
    ];
    const outcome = britishFees(feeFacts({ debtorKind: 'B2B', lateInvoices: invoices }));
    expect(outcome.entitlements[0].lines.map((l) => l.amountMinor)).toEqual([4_000n, 7_000n, 10_000n]);
  });

  it('charges consumers nothing (no statutory basis: stricter reading)', () => {
    expect(britishFees(feeFacts({ balance: '500.00' }))).toEqual({
      entitlements: [],
      refusals: [expect.objectContaining({ ruleId: GB_RULES.consumerCharges.ruleId, reason: 'NO_STATUTORY_BASIS' })],
    });
  });
});
