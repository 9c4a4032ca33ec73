import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import type { FeeFacts } from './fee-facts';

/**
 * United States. A collector may collect no amount beyond the debt unless the agreement expressly
 * allows it and the law (state law included) permits it (FDCPA §808(1); Reg F 12 CFR 1006.22(b)).
 * This module knows neither the contract nor the state's law, so it charges nothing: the stricter
 * reading. A contractual fee would need its own rule with the contract and state as inputs.
 */
export const US_RULES = {
  collectionFee: {
    ruleId: 'US.collection-fee@2021-11-30',
    kind: 'COLLECTION_COSTS',
    source: '15 U.S.C. 1692f(1); 12 CFR 1006.22(b) (consumer debts); state law for business debts (not modelled)',
    verified: false,
    note: 'stricter reading: 0 unless a contract allows it and state law permits it, neither of which is an input here',
  },
} as const satisfies Record<string, ChargeRule>;

export function usFees(_facts: FeeFacts): RuleOutcome {
  return {
    entitlements: [],
    refusals: [refusal(US_RULES.collectionFee, 'NO_STATUTORY_BASIS', 'no collection fee without a contract term and state-law permission')],
  };
}
