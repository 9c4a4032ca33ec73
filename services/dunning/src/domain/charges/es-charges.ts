import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import type { FeeFacts } from './fee-facts';
import { EUR_40, flatSumsPerLatePayment } from './late-payment-compensation';

/**
 * Spain. A business owes EUR 40 per late invoice (Ley 3/2004 art. 8); proven further costs are a
 * court matter and not computed here. For consumers COUNTRY-RULES names no statutory charge, so
 * the stricter reading charges none.
 */
export const ES_RULES = {
  consumerCharges: {
    ruleId: 'ES.consumer-collection-costs@2024-01-01',
    kind: 'COLLECTION_COSTS',
    source: 'none found (COUNTRY-RULES ES has no consumer charge rule)',
    verified: false,
    note: 'stricter reading: no collection cost charged to a consumer; id date: the start of the period this data covers',
  },
  lateCompensation: {
    ruleId: 'ES.recovery-compensation@2013-03-16',
    kind: 'COLLECTION_COSTS',
    source: 'Ley 3/2004 art. 8; supercontable.com; tax.es',
    verified: false,
    note: 'the COUNTRY-RULES row is marked (verify); the amount is the Directive minimum. Id date: the Directive transposition deadline',
  },
} as const satisfies Record<string, ChargeRule>;

export function spanishFees(facts: FeeFacts): RuleOutcome {
  if (facts.debtorKind === 'B2B') return flatSumsPerLatePayment({ rule: ES_RULES.lateCompensation, sumFor: EUR_40, perInstalment: false }, facts);
  return {
    entitlements: [],
    refusals: [refusal(ES_RULES.consumerCharges, 'NO_STATUTORY_BASIS', 'no statutory collection charge to a consumer is documented')],
  };
}
