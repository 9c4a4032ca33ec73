import type { DebtorKind } from '../steps';
import type { Scenario } from './scenario';
import { bySpecificity, scenarioCovers } from './scenario-bands';
import { NoScenarioMatchesError, ScenarioCriteriaInvalidError } from './scenario.errors';

export interface ScenarioCriteria {
  country: string;
  debtorKind: DebtorKind;
  /** The outstanding balance's EUR equivalent (scoring/eur-equivalent.ts), in euro cents. */
  amountEurMinor: bigint;
  /** The success score, an integer within 0..100 (scoring/success-score.ts). */
  score: number;
}

/**
 * The scenario a case runs: among those for the debtor's country and kind whose amount band holds
 * the balance and whose score band holds the score, the most specific (bySpecificity: narrower
 * amount band, then narrower score band, then higher floors, then id, then higher version). As
 * long as no (id, version) appears twice, the answer never depends on the order of `scenarios`.
 *
 * Throws ScenarioCriteriaInvalidError for a negative amount or a score outside 0..100, and
 * NoScenarioMatchesError when nothing matches (a gap validateScenarioSet would have reported).
 */
export function selectScenario(scenarios: readonly Scenario[], criteria: ScenarioCriteria): Scenario {
  const problems: Array<{ field: string; code: string; message: string }> = [];
  if (criteria.amountEurMinor < 0n) problems.push({ field: 'amountEurMinor', code: 'NEGATIVE_AMOUNT', message: 'must not be negative' });
  if (!Number.isSafeInteger(criteria.score) || criteria.score < 0 || criteria.score > 100) problems.push({ field: 'score', code: 'INVALID_SCORE', message: 'must be a whole number within 0..100' });
  if (problems.length > 0) throw new ScenarioCriteriaInvalidError(problems);

  const matching = scenarios.filter(
    (scenario) => scenario.country === criteria.country && scenario.debtorKind === criteria.debtorKind && scenarioCovers(scenario, criteria.amountEurMinor, criteria.score),
  );
  if (matching.length === 0) throw new NoScenarioMatchesError(criteria);
  return [...matching].sort(bySpecificity)[0];
}
