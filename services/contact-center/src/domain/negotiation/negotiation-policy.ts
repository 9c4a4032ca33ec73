import { type ProposalProblem, problem } from '../problem';

/**
 * The bounds within which an agent may agree a plan or a settlement. A creditor's contract may set
 * its own; `DEFAULT_NEGOTIATION_POLICY` applies otherwise.
 */
export interface NegotiationPolicy {
  /** In minor units of the case currency; the last instalment may be smaller (it is the remainder). */
  readonly minInstalmentMinor: bigint;
  readonly maxDurationMonths: number;
  /** Basis points of the balance a settlement must reach at least: 7000 = 70 %. */
  readonly settlementFloorBp: number;
  readonly maxFirstInstalmentDelayDays: number;
  readonly maxSettlementPayDays: number;
}

export const DEFAULT_NEGOTIATION_POLICY: NegotiationPolicy = {
  // Below 25.00 an instalment costs more to track, remind and remit than it brings in. It is in the
  // case currency's minor units, so a creditor with yen or forint cases should set its own.
  minInstalmentMinor: 2500n,
  // Two years: beyond that a plan mostly defers a loss, and the debtor's situation has changed
  // before it ends; the creditor may agree longer plans itself.
  maxDurationMonths: 24,
  // Settling for less than 70 % gives away more than a plan or the legal route usually would.
  settlementFloorBp: 7000,
  // A first payment within a month shows the debtor means it; a later start is a deferral to ask for.
  maxFirstInstalmentDelayDays: 30,
  // A settlement is a discount for paying now: three months is the longest "now" can stretch.
  maxSettlementPayDays: 90,
};

/** For policies that creditors set in their contracts: every problem at once. */
export function validateNegotiationPolicy(policy: NegotiationPolicy): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const wholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min;
  if (policy.minInstalmentMinor < 0n) problems.push(problem('minInstalmentMinor', 'NEGATIVE_AMOUNT', 'the minimum instalment cannot be negative'));
  if (!wholeAtLeast(policy.maxDurationMonths, 1)) problems.push(problem('maxDurationMonths', 'OUT_OF_RANGE', 'the maximum duration is a whole number of months, at least 1'));
  if (!wholeAtLeast(policy.settlementFloorBp, 0) || policy.settlementFloorBp > 10_000)
    problems.push(problem('settlementFloorBp', 'OUT_OF_RANGE', 'the settlement floor is in basis points, 0..10000'));
  if (!wholeAtLeast(policy.maxFirstInstalmentDelayDays, 0))
    problems.push(problem('maxFirstInstalmentDelayDays', 'OUT_OF_RANGE', 'the first-instalment delay is a whole number of days, at least 0'));
  if (!wholeAtLeast(policy.maxSettlementPayDays, 0)) problems.push(problem('maxSettlementPayDays', 'OUT_OF_RANGE', 'the settlement payment delay is a whole number of days, at least 0'));
  return problems;
}
