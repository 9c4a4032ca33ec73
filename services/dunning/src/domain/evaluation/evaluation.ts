import type { ContactChannel, StepKind } from '../steps';

/**
 * What the agency recommends when the amicable phase ends without payment (the scenario's
 * evaluation step), as a transparent rule a consultant can overrule:
 * - nobody can be reached any more (no usable channel left) → close: unreachable;
 * - what is still owed is below what legal action would cost to pursue → close: uneconomic;
 * - otherwise → legal action, which needs the creditor's prior consent: nothing is started and no
 *   third-party cost incurred until the creditor says yes.
 */
export type Recommendation =
  | { kind: 'closure'; reason: 'UNREACHABLE' | 'UNECONOMIC' | 'CREDITOR_UNRESPONSIVE'; explanation: string }
  | { kind: 'legal_action'; explanation: string; estimatedCostsMinor: bigint };

/** Below this EUR-equivalent balance, legal action costs more than it can bring in (court fees and a bailiff's first acts). */
export const UNECONOMIC_BELOW_EUR_MINOR = 25_000n;

/** What legal action is expected to cost the creditor up front, by country (order for payment or small-claims route; unverified estimates in the country's currency). */
export const LEGAL_ACTION_COST_ESTIMATE_MINOR: Record<string, bigint> = {
  BE: 35_000n, FR: 20_000n, ES: 30_000n, NL: 50_000n, DE: 25_000n, SE: 60_000n, GB: 20_500n, US: 30_000n,
};

export interface EvaluationFacts {
  country: string;
  outstandingEurMinor: bigint;
  usableChannels: readonly ContactChannel[];
  actions: ReadonlyArray<{ at: Date; stepKind: StepKind; stepId: string; channel?: ContactChannel }>;
}

/** The actions taken, one line each, for the creditor: the recommendation must say what was done. */
export function actionsTaken(actions: EvaluationFacts['actions']): string {
  if (actions.length === 0) return 'no action could be taken';
  return actions.map((action) => `${action.at.toISOString().slice(0, 10)} ${action.stepId} (${action.channel ?? action.stepKind.toLowerCase()})`).join('; ');
}

export function evaluate(facts: EvaluationFacts): Recommendation {
  const done = `Actions taken: ${actionsTaken(facts.actions)}.`;
  if (facts.usableChannels.length === 0) {
    return { kind: 'closure', reason: 'UNREACHABLE', explanation: `The debtor cannot be reached on any channel. ${done}` };
  }
  if (facts.outstandingEurMinor < UNECONOMIC_BELOW_EUR_MINOR) {
    return { kind: 'closure', reason: 'UNECONOMIC', explanation: `What is still owed is below what legal action would cost to pursue. ${done}` };
  }
  return {
    kind: 'legal_action',
    explanation: `The amicable phase ended without payment or arrangement; legal action is recommended and needs your prior consent. ${done}`,
    estimatedCostsMinor: LEGAL_ACTION_COST_ESTIMATE_MINOR[facts.country] ?? 30_000n,
  };
}
