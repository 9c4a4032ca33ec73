import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import type { FeeFacts } from './fee-facts';
import { EUR_40, flatSumsPerLatePayment } from './late-payment-compensation';

/**
 * France. A consumer never bears the costs of amicable collection (CPCE L111-8): they stay with the
 * creditor. A business owes EUR 40 per late invoice (Code de commerce D441-5).
 */
export const FR_RULES = {
  consumerCosts: {
    ruleId: 'FR.consumer-collection-costs@2012-06-01',
    kind: 'COLLECTION_COSTS',
    source: 'CPCE L111-8; cerclab.univ-lorraine.fr; village-justice.com',
    verified: true,
  },
  lateCompensation: {
    ruleId: 'FR.recovery-compensation@2013-01-01',
    kind: 'COLLECTION_COSTS',
    source: 'Code de commerce L441-10, D441-5; legipass.com; dalloz-actualite.fr',
    verified: true,
  },
} as const satisfies Record<string, ChargeRule>;

export function frenchFees(facts: FeeFacts): RuleOutcome {
  if (facts.debtorKind === 'B2B') return flatSumsPerLatePayment({ rule: FR_RULES.lateCompensation, sumFor: EUR_40, perInstalment: false }, facts);
  return {
    entitlements: [],
    refusals: [refusal(FR_RULES.consumerCosts, 'NOT_ALLOWED', 'amicable-collection costs are never charged to a consumer (L111-8)')],
  };
}
