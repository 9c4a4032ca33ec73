import fc from 'fast-check';
import { money } from '../money';
import { commissionFor, deductionsFor } from './remittance-contract';
import { RemittanceContractInvalidError } from './remittance.errors';
import { contractArb, contractOf } from './remittance.test-fixtures';

const eur = (minor: bigint) => money(minor, 'EUR');
const contract = contractOf;
/** 15% up to 5,000 EUR, 10% above. */
const banded = contract({ commissionBands: [{ upToMinor: 500_000n, rateBp: 1_500 }, { upToMinor: null, rateBp: 1_000 }] });

describe('commissionFor', () => {
  it('charges the rate in basis points and rounds down to the cent', () => {
    expect(commissionFor(eur(10_000n), contract())).toEqual(eur(1_500n));
    // 15% of 0.33 is 0.0495: the creditor keeps the fraction.
    expect(commissionFor(eur(33n), contract())).toEqual(eur(4n));
    expect(commissionFor(eur(99n), contract())).toEqual(eur(14n));
  });

  it('charges each band on the slice of the payment inside it', () => {
    expect(commissionFor(eur(800_000n), banded)).toEqual(eur(75_000n + 30_000n));
    expect(commissionFor(eur(500_000n), banded)).toEqual(eur(75_000n));
    // One cent above the first band costs at most a cent more, never less.
    expect(commissionFor(eur(500_001n), banded)).toEqual(eur(75_000n));
    expect(commissionFor(eur(500_010n), banded)).toEqual(eur(75_001n));
  });

  it('rounds once over all bands, not band by band', () => {
    // 0.45 at 15% + 0.55 at 10% = 0.0675 + 0.055 = 0.1225 → 0.12 (per band it would be 0.06 + 0.05 = 0.11).
    const small = contract({ commissionBands: [{ upToMinor: 45n, rateBp: 1_500 }, { upToMinor: null, rateBp: 1_000 }] });
    expect(commissionFor(eur(100n), small)).toEqual(eur(12n));
  });

  it('raises the commission to the minimum, but never above the payment', () => {
    const withMinimum = contract({ commissionBands: [{ upToMinor: null, rateBp: 1_000 }], minimumCommissionMinor: 500n });
    expect(commissionFor(eur(2_000n), withMinimum)).toEqual(eur(500n));
    expect(commissionFor(eur(300n), withMinimum)).toEqual(eur(300n));
    expect(commissionFor(eur(10_000n), withMinimum)).toEqual(eur(1_000n));
  });

  it.each([
    ['no band', { commissionBands: [] }],
    ['a rate above 100%', { commissionBands: [{ upToMinor: null, rateBp: 10_001 }] }],
    ['a ceiling on the last band', { commissionBands: [{ upToMinor: 100n, rateBp: 1_000 }] }],
    ['ceilings going down', { commissionBands: [{ upToMinor: 100n, rateBp: 1_000 }, { upToMinor: 50n, rateBp: 500 }, { upToMinor: null, rateBp: 100 }] }],
    ['a negative minimum', { minimumCommissionMinor: -1n }],
    ['a negative cost', { costPerReceiptMinor: -1n }],
  ])('refuses a contract with %s', (_, over) => {
    expect(() => commissionFor(eur(100n), contract(over))).toThrow(RemittanceContractInvalidError);
  });

  it('refuses money in another currency than the contract', () => {
    expect(() => commissionFor(money(100n, 'SEK'), contract())).toThrow(RemittanceContractInvalidError);
  });
});

describe('deductionsFor', () => {
  it('deducts the per-receipt cost after the commission and never pays out below zero', () => {
    const withCost = contract({ costPerReceiptMinor: 250n });
    expect(deductionsFor(eur(10_000n), withCost)).toEqual({ commission: eur(1_500n), costs: eur(250n), paidOut: eur(8_250n) });
    expect(deductionsFor(eur(200n), withCost)).toEqual({ commission: eur(30n), costs: eur(170n), paidOut: eur(0n) });
  });
});

describe('properties', () => {
  const amountArb = fc.bigInt({ min: 1n, max: 100_000_000n });

  it('splits every payment exactly: paid out + commission + costs = collected, none negative', () => {
    fc.assert(
      fc.property(contractArb(), amountArb, (c, amount) => {
        const { commission, costs, paidOut } = deductionsFor(eur(amount), c);
        expect(commission.amountMinor + costs.amountMinor + paidOut.amountMinor).toBe(amount);
        expect(commission.amountMinor >= 0n && costs.amountMinor >= 0n && paidOut.amountMinor >= 0n).toBe(true);
      }),
    );
  });

  it('never takes more than the contract rate, except to reach the minimum', () => {
    fc.assert(
      fc.property(contractArb(), amountArb, (c, amount) => {
        const commission = commissionFor(eur(amount), c).amountMinor;
        const noMinimum = commissionFor(eur(amount), { ...c, minimumCommissionMinor: 0n }).amountMinor;
        let exact = 0n;
        let floor = 0n;
        for (const band of c.commissionBands) {
          const top = band.upToMinor === null || band.upToMinor > amount ? amount : band.upToMinor;
          if (top > floor) exact += (top - floor) * BigInt(band.rateBp);
          floor = band.upToMinor ?? floor;
        }
        expect(noMinimum * 10_000n <= exact && exact < (noMinimum + 1n) * 10_000n).toBe(true);
        const withMinimum = noMinimum > c.minimumCommissionMinor ? noMinimum : c.minimumCommissionMinor;
        expect(commission).toBe(withMinimum < amount ? withMinimum : amount);
      }),
    );
  });

  it('never charges less commission on a larger payment', () => {
    fc.assert(
      fc.property(contractArb(), amountArb, fc.bigInt({ min: 1n, max: 1_000_000n }), (c, amount, more) => {
        expect(commissionFor(eur(amount + more), c).amountMinor >= commissionFor(eur(amount), c).amountMinor).toBe(true);
      }),
    );
  });
});
