import { BE_RULES } from './be-charges';
import type { ChargeRule } from './charge';
import { DE_RULES } from './de-charges';
import { ES_RULES } from './es-charges';
import { FR_RULES } from './fr-charges';
import { GB_RULES } from './gb-charges';
import { INTEREST_RULES } from './interest-rules';
import { NL_RULES } from './nl-charges';
import { SE_RULES } from './se-charges';
import { US_RULES } from './us-charges';

/**
 * Every charge rule this module knows, once each: for audits, for the README table (a spec checks
 * that each rule id is documented there) and for a policy screen listing sources and `verified`.
 */
export function allChargeRules(): ChargeRule[] {
  const feeRules = [BE_RULES, NL_RULES, FR_RULES, ES_RULES, DE_RULES, SE_RULES, GB_RULES, US_RULES].flatMap((rules) => Object.values(rules) as ChargeRule[]);
  const interestRules = Object.values(INTEREST_RULES).flatMap((byKind) => [byKind.B2C.rule, byKind.B2B.rule]);
  const seen = new Set<string>();
  return [...feeRules, ...interestRules].filter((rule) => !seen.has(rule.ruleId) && seen.add(rule.ruleId));
}
