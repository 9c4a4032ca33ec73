import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import type { FeeFacts } from './fee-facts';
import { flatSumsPerLatePayment } from './late-payment-compensation';

/**
 * Sweden. Fixed maximum fees (lag 1981:739 om ersättning för inkassokostnader and its ordinance):
 * a reminder SEK 60, only if agreed when the debt arose and once per claim; a collection demand
 * SEK 180; a payment plan SEK 170. A business instead owes a SEK 450 late fee per late invoice,
 * which replaces the reminder and collection fees.
 */
const AMOUNTS_NOTE = 'amounts in force 2024–2026 per imy.se and kredinor.se; id date: the start of the period this data covers (date of the last revision not confirmed)';

export const SE_RULES = {
  reminderFee: {
    ruleId: 'SE.reminder-fee@2024-01-01',
    kind: 'REMINDER_FEE',
    source: 'Lag (1981:739) om ersättning för inkassokostnader; imy.se; kredinor.se',
    verified: true,
    note: `once per claim, only if agreed when the debt arose; ${AMOUNTS_NOTE}`,
  },
  collectionDemandFee: {
    ruleId: 'SE.collection-demand-fee@2024-01-01',
    kind: 'COLLECTION_COSTS',
    source: 'Lag (1981:739) om ersättning för inkassokostnader; imy.se; kredinor.se',
    verified: true,
    note: `once per claim; ${AMOUNTS_NOTE}`,
  },
  paymentPlanFee: {
    ruleId: 'SE.payment-plan-fee@2024-01-01',
    kind: 'PAYMENT_PLAN_FEE',
    source: 'Lag (1981:739) om ersättning för inkassokostnader; imy.se; kredinor.se',
    verified: true,
    note: `once per claim; ${AMOUNTS_NOTE}`,
  },
  lateFee: {
    ruleId: 'SE.late-payment-fee@2013-03-16',
    kind: 'COLLECTION_COSTS',
    source: 'Lag (1981:739) om ersättning för inkassokostnader 4 a §; imy.se; kredinor.se',
    verified: true,
    note: 'per late invoice (one claim each); replaces the reminder and collection fees. Id date: the Directive transposition deadline',
  },
} as const satisfies Record<string, ChargeRule>;

export const SE_FEES_MINOR = {
  reminder: 6_000n,
  collectionDemand: 18_000n,
  paymentPlan: 17_000n,
  lateFee: 45_000n,
} as const;

export function swedishFees(facts: FeeFacts): RuleOutcome {
  const outcome: RuleOutcome = { entitlements: [], refusals: [] };
  const business = facts.debtorKind === 'B2B';

  if (facts.remindersSent >= 1) {
    if (business) outcome.refusals.push(refusal(SE_RULES.reminderFee, 'REPLACED_BY_LATE_FEE', 'a business pays the SEK 450 late fee instead'));
    else if (!facts.reminderFeeAgreed) outcome.refusals.push(refusal(SE_RULES.reminderFee, 'NOT_AGREED', 'no reminder fee was agreed when the debt arose'));
    else outcome.entitlements.push({ rule: SE_RULES.reminderFee, lines: [{ amountMinor: SE_FEES_MINOR.reminder }] });
  }
  if (facts.collectionDemandSent) {
    if (business) outcome.refusals.push(refusal(SE_RULES.collectionDemandFee, 'REPLACED_BY_LATE_FEE', 'a business pays the SEK 450 late fee instead'));
    else outcome.entitlements.push({ rule: SE_RULES.collectionDemandFee, lines: [{ amountMinor: SE_FEES_MINOR.collectionDemand }] });
  }
  if (facts.paymentPlanAgreed) {
    outcome.entitlements.push({ rule: SE_RULES.paymentPlanFee, lines: [{ amountMinor: SE_FEES_MINOR.paymentPlan }] });
  }
  if (business) {
    const late = flatSumsPerLatePayment({ rule: SE_RULES.lateFee, sumFor: () => SE_FEES_MINOR.lateFee, perInstalment: false }, facts);
    outcome.entitlements.push(...late.entitlements);
  }
  return outcome;
}
