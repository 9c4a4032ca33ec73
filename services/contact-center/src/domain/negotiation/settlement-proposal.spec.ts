import fc from 'fast-check';
import { money } from '../money';
import { DEFAULT_NEGOTIATION_POLICY as policy } from './negotiation-policy';
import { settlementFloorMinor, validateSettlementProposal } from './settlement-proposal';

const today = '2026-03-02';
const eur = (minor: bigint) => money(minor, 'EUR');
const balance = eur(100_000n); // 1,000.00 EUR
const codes = (amount: bigint | ReturnType<typeof money>, payBy = '2026-04-01', extra: object = {}) =>
  validateSettlementProposal({ balance, amount: typeof amount === 'bigint' ? eur(amount) : amount, payBy, today, policy, ...extra }).map((p) => `${p.field}:${p.code}`);

describe('validateSettlementProposal', () => {
  it('accepts an amount below the balance and at least the floor, paid in time', () => {
    expect(codes(80_000n)).toEqual([]);
    expect(codes(70_000n, today)).toEqual([]);
    expect(codes(99_999n, '2026-05-31')).toEqual([]);
  });

  it('refuses the full balance or more: that is a payment, not a settlement', () => {
    expect(codes(100_000n)).toEqual(['amount:SETTLEMENT_NOT_BELOW_BALANCE']);
    const [problem] = validateSettlementProposal({ balance, amount: eur(120_000n), payBy: '2026-04-01', today, policy });
    expect(problem.message).toBe('a settlement is less than the balance, paid as full and final: 1200.00 EUR is not below the balance of 1000.00 EUR');
  });

  it('refuses an amount below the floor', () => {
    const [problem] = validateSettlementProposal({ balance, amount: eur(69_999n), payBy: '2026-04-01', today, policy });
    expect(problem).toEqual({ field: 'amount', code: 'BELOW_SETTLEMENT_FLOOR', message: '699.99 EUR is below the floor of 700.00 EUR (70 % of the balance of 1000.00 EUR)' });
  });

  it('refuses zero, negative and foreign amounts', () => {
    expect(codes(0n)).toEqual(['amount:AMOUNT_NOT_POSITIVE']);
    expect(codes(-1n)).toEqual(['amount:AMOUNT_NOT_POSITIVE']);
    expect(codes(money(80_000n, 'GBP'))).toEqual(['amount.currency:CURRENCY_MISMATCH']);
  });

  it('refuses a pay-by date in the past, invalid, or beyond the policy', () => {
    expect(codes(80_000n, '2026-03-01')).toEqual(['payBy:DATE_IN_PAST']);
    expect(codes(80_000n, '2026-13-01')).toEqual(['payBy:INVALID_DATE']);
    expect(codes(80_000n, '2026-05-31')).toEqual([]); // today + 90 days
    expect(codes(80_000n, '2026-06-01')).toEqual(['payBy:PAY_BY_TOO_LATE']);
    expect(codes(80_000n, '2026-04-01', { today: 'yesterday' })).toEqual(['today:INVALID_DATE']);
  });
});

describe('settlementFloorMinor', () => {
  it('rounds up, so rounding never takes a settlement below the floor', () => {
    expect(settlementFloorMinor(100_000n, 7000)).toBe(70_000n);
    expect(settlementFloorMinor(1n, 7000)).toBe(1n);
    expect(settlementFloorMinor(99_999n, 7000)).toBe(69_999n + 1n); // 69,999.3 → 70,000
  });

  it('is the least amount whose share of the balance reaches the floor', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 10_000 }), (bal, bp) => {
        const floor = settlementFloorMinor(bal, bp);
        expect(floor * 10_000n).toBeGreaterThanOrEqual(bal * BigInt(bp));
        expect((floor - 1n) * 10_000n).toBeLessThan(bal * BigInt(bp));
      }),
    );
  });
});
