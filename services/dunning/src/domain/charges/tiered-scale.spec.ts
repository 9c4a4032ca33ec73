import fc from 'fast-check';
import { BE_DAMAGES_SCALE } from './be-charges';
import { germanCollectionFeeCap } from './de-charges';
import { gbFixedSum } from './gb-charges';
import { NL_STAFFEL } from './nl-charges';
import { evaluateScale, jumpPointsOf, type TieredScale } from './tiered-scale';

const SCALES: Array<[string, TieredScale]> = [
  ['BE damages', BE_DAMAGES_SCALE],
  ['NL staffel', NL_STAFFEL],
];

/** Balances around every bracket boundary and the cap, plus anything up to EUR 2 million. */
function balances(scale: TieredScale): fc.Arbitrary<bigint> {
  const boundaries = scale.brackets.map((b) => b.overMinor);
  return fc.oneof(
    fc.bigInt({ min: 0n, max: 200_000_000n }),
    fc.tuple(fc.constantFrom(...boundaries), fc.bigInt({ min: -3n, max: 3n })).map(([at, d]) => (at + d < 0n ? 0n : at + d)),
  );
}

describe.each(SCALES)('the %s scale', (_name, scale) => {
  it('declares exactly the jumps the law makes', () => {
    expect(jumpPointsOf(scale)).toEqual(scale.statutoryJumpsAtMinor);
  });

  it('is continuous in the balance: one more cent of balance adds at most one cent, except at a statutory jump', () => {
    fc.assert(
      fc.property(balances(scale), (balance) => {
        const step = evaluateScale(scale, balance + 1n) - evaluateScale(scale, balance);
        if (balance === 0n || scale.statutoryJumpsAtMinor.includes(balance)) return;
        expect(step >= 0n && step <= 1n).toBe(true);
      }),
    );
  });

  it('never decreases as the balance grows, and never exceeds its maximum', () => {
    fc.assert(
      fc.property(balances(scale), fc.bigInt({ min: 0n, max: 50_000_000n }), (balance, more) => {
        expect(evaluateScale(scale, balance + more) >= evaluateScale(scale, balance)).toBe(true);
        expect(evaluateScale(scale, balance + more) <= scale.maximumMinor!).toBe(true);
      }),
    );
  });
});

describe('the fixed-sum tables', () => {
  it('GB: never decreases with the invoice amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000n }), fc.bigInt({ min: 0n, max: 2_000_000n }), (amount, more) => {
        expect(gbFixedSum(amount + more) >= gbFixedSum(amount)).toBe(true);
      }),
    );
  });

  it('DE: the collection-fee cap never decreases with the claim, at either fee rate', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 100_000_000n }), fc.bigInt({ min: 0n, max: 5_000_000n }), fc.boolean(), (value, more, unpaid) => {
        const total = (v: bigint) => {
          const cap = germanCollectionFeeCap(v, unpaid);
          return cap.feeMinor + cap.expensesMinor;
        };
        expect(total(value + more) >= total(value)).toBe(true);
      }),
    );
  });
});
