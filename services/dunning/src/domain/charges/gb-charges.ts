import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import type { FeeFacts } from './fee-facts';
import { flatSumsPerLatePayment } from './late-payment-compensation';

/**
 * United Kingdom. A business owes a fixed sum per late invoice by the invoice's amount (Late Payment
 * of Commercial Debts (Interest) Act 1998 s.5A): GBP 40 below 1,000, 70 below 10,000, 100 from
 * 10,000. For consumers no statutory collection charge exists (CONC only bounds contractual ones):
 * none is charged.
 */
export const GB_RULES = {
  fixedSum: {
    ruleId: 'GB.late-payment-fixed-sum@2002-08-07',
    kind: 'COLLECTION_COSTS',
    source: 'Late Payment of Commercial Debts (Interest) Act 1998 s.5A; flashbill.co.uk',
    verified: true,
  },
  consumerCharges: {
    ruleId: 'GB.consumer-collection-costs@2014-04-01',
    kind: 'COLLECTION_COSTS',
    source: 'FCA handbook CONC 7 (no statutory collection charge found)',
    verified: false,
    note: 'stricter reading: no collection cost charged to a consumer, even where a contract might allow one',
  },
} as const satisfies Record<string, ChargeRule>;

/** Bands in pence: an invoice below `belowMinor` gets `sumMinor`; the last band has no limit. */
export const GB_FIXED_SUM_BANDS: ReadonlyArray<{ belowMinor?: bigint; sumMinor: bigint }> = [
  { belowMinor: 100_000n, sumMinor: 4_000n },
  { belowMinor: 1_000_000n, sumMinor: 7_000n },
  { sumMinor: 10_000n },
];

export function gbFixedSum(invoiceAmountMinor: bigint): bigint {
  const band = GB_FIXED_SUM_BANDS.find((b) => b.belowMinor === undefined || invoiceAmountMinor < b.belowMinor);
  return band!.sumMinor;
}

export function britishFees(facts: FeeFacts): RuleOutcome {
  if (facts.debtorKind === 'B2B') return flatSumsPerLatePayment({ rule: GB_RULES.fixedSum, sumFor: gbFixedSum, perInstalment: false }, facts);
  return {
    entitlements: [],
    refusals: [refusal(GB_RULES.consumerCharges, 'NO_STATUTORY_BASIS', 'no statutory collection charge to a consumer')],
  };
}
