/**
 * One rule of the guard, as a function of a candidate instant (epoch ms): undefined when the rule
 * holds at that instant, else the earliest later instant worth trying (strictly later) and why.
 * The guard applies all rules in turn until none moves the instant.
 */
export type GuardRule = (instant: number) => RuleMove | undefined;

export interface RuleMove {
  to: number;
  ruleId: string;
  reason: string;
}
