import fc from 'fast-check';
import { type Money, money } from '../money';
import type { CollectedReceipt } from './collected-receipt';
import type { RemittanceContract } from './remittance-contract';

/** Builders and fast-check arbitraries shared by the remittance specs (and the payout-file specs). */

export const eur = (minor: bigint | number): Money => money(BigInt(minor), 'EUR');

export function contractOf(over: Partial<RemittanceContract> = {}): RemittanceContract {
  return {
    creditorId: 'cr-1',
    currency: 'EUR',
    commissionBands: [{ upToMinor: null, rateBp: 1_500 }],
    minimumCommissionMinor: 0n,
    costPerReceiptMinor: 0n,
    ...over,
  };
}

export function receiptOf(over: Partial<CollectedReceipt> = {}): CollectedReceipt {
  return {
    paymentId: 'pay-1',
    caseId: 'case-1',
    creditorId: 'cr-1',
    amount: eur(10_000),
    receivedBy: 'AGENCY',
    clearedOn: '2026-03-02',
    remittanceId: null,
    ...over,
  };
}

/** Up to four marginal bands, a minimum and a per-receipt cost, for `creditorId` in `currency`. */
export function contractArb(creditorId = 'cr-1', currency = 'EUR'): fc.Arbitrary<RemittanceContract> {
  return fc
    .record({
      ceilings: fc.uniqueArray(fc.bigInt({ min: 1n, max: 10_000_000n }), { maxLength: 3 }),
      rates: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }),
      minimum: fc.bigInt({ min: 0n, max: 5_000n }),
      cost: fc.bigInt({ min: 0n, max: 2_000n }),
    })
    .map(({ ceilings, rates, minimum, cost }) => {
      const sorted = [...ceilings].sort((a, b) => (a < b ? -1 : 1));
      return contractOf({
        creditorId,
        currency,
        commissionBands: [...sorted.map((upToMinor, i) => ({ upToMinor, rateBp: rates[i] })), { upToMinor: null, rateBp: rates[3] }],
        minimumCommissionMinor: minimum,
        costPerReceiptMinor: cost,
      });
    });
}
