import { formatEurMinor } from '../scoring/eur-equivalent';
import { type DebtorKind, POLICY_COUNTRIES, type PolicyCountry } from '../steps';
import type { Scenario } from './scenario';
import { bandsContain, bandsIntersect, sameBands, scenarioCovers } from './scenario-bands';
import type { ScenarioProblem } from './scenario.errors';
import { type ScenarioPolicyView, validateScenario } from './validate-scenario';

export interface ScenarioSetOptions {
  /** The policy in force for a country and debtor kind, to check each scenario against. */
  policyFor?: (country: PolicyCountry, debtorKind: DebtorKind) => ScenarioPolicyView | undefined;
  /** The country × kind pairs that must have scenarios; default: every policy country, B2C and B2B. */
  requiredPairs?: ReadonlyArray<{ country: PolicyCountry; debtorKind: DebtorKind }>;
}

const ALL_PAIRS = POLICY_COUNTRIES.flatMap((country) => (['B2C', 'B2B'] as const).map((debtorKind) => ({ country, debtorKind })));
const GEOMETRY_CODES = new Set(['UNKNOWN_COUNTRY', 'UNKNOWN_DEBTOR_KIND', 'INVALID_AMOUNT_BAND', 'INVALID_SCORE_BAND']);

/**
 * Every problem with a set of scenarios in force (one version per id), as the registry sees it;
 * each problem's field starts with `scenarios[i]`. Beyond each scenario's own problems
 * (validateScenario, against its policy when one is given):
 * - DUPLICATE_SCENARIO_ID: two scenarios with one id;
 * - DUPLICATE_BANDS: two scenarios of one country and kind with the very same bands (only the
 *   id would decide between them);
 * - OVERLAPPING_BANDS: bands that overlap without one holding the other. A band nested inside
 *   another is allowed: it is more specific and wins (selectScenario);
 * - MISSING_SCENARIO / COVERAGE_GAP: a required country × kind with no scenario, or a balance
 *   (EUR 0 and up) and score (0..100) that no scenario of its country and kind covers.
 */
export function validateScenarioSet(scenarios: readonly Scenario[], options: ScenarioSetOptions = {}): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const geometryValid: Array<{ index: number; scenario: Scenario }> = [];
  const firstIndexOfId = new Map<string, number>();

  scenarios.forEach((scenario, index) => {
    const policy = (POLICY_COUNTRIES as readonly unknown[]).includes(scenario.country) ? options.policyFor?.(scenario.country, scenario.debtorKind) : undefined;
    const own = validateScenario(scenario, policy);
    for (const problem of own) problems.push({ ...problem, field: `scenarios[${index}].${problem.field}` });
    if (!own.some((problem) => GEOMETRY_CODES.has(problem.code))) geometryValid.push({ index, scenario });
    const earlier = firstIndexOfId.get(scenario.id);
    if (earlier !== undefined) {
      problems.push({ scenarioId: scenario.id, field: `scenarios[${index}].id`, code: 'DUPLICATE_SCENARIO_ID', message: `scenarios[${earlier}] has the same id; a set in force holds one version of each scenario` });
    } else firstIndexOfId.set(scenario.id, index);
  });

  const groups = new Map<string, Array<{ index: number; scenario: Scenario }>>();
  for (const entry of geometryValid) {
    const key = `${entry.scenario.country} ${entry.scenario.debtorKind}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }

  for (const group of groups.values()) {
    group.forEach((later, position) => {
      for (const earlier of group.slice(0, position)) {
        const [a, b] = [earlier.scenario, later.scenario];
        const field = `scenarios[${later.index}].amountBand`;
        if (sameBands(a, b)) {
          problems.push({ scenarioId: b.id, field, code: 'DUPLICATE_BANDS', message: `has the same amount and score bands as ${a.id}` });
        } else if (bandsIntersect(a, b) && !bandsContain(a, b) && !bandsContain(b, a)) {
          problems.push({ scenarioId: b.id, field, code: 'OVERLAPPING_BANDS', message: `overlaps ${a.id} without either band holding the other, so neither is more specific` });
        }
      }
    });
  }

  const pairs = new Map<string, { country: string; debtorKind: DebtorKind }>();
  for (const pair of options.requiredPairs ?? ALL_PAIRS) pairs.set(`${pair.country} ${pair.debtorKind}`, pair);
  for (const [key, group] of groups) pairs.set(key, { country: group[0].scenario.country, debtorKind: group[0].scenario.debtorKind });
  for (const [key, pair] of pairs) {
    const group = (groups.get(key) ?? []).map((entry) => entry.scenario);
    if (group.length === 0) {
      problems.push({ field: 'scenarios', code: 'MISSING_SCENARIO', message: `no scenario for ${key}` });
      continue;
    }
    for (const gap of coverageGaps(group)) {
      problems.push({ field: 'scenarios', code: 'COVERAGE_GAP', message: `no scenario for ${pair.country} ${pair.debtorKind} with a balance of ${gap.amounts} and a score of ${gap.scores}` });
    }
  }
  return problems;
}

/**
 * The (amount, score) cells no scenario covers. Every band edge cuts the plane, so within one
 * cell all points are covered alike and one corner per cell decides.
 */
export function coverageGaps(scenarios: readonly Scenario[]): Array<{ amounts: string; scores: string }> {
  const amountEdges = [...new Set([0n, ...scenarios.flatMap((s) => [s.amountBand.minEurMinor, ...(s.amountBand.maxEurMinor === undefined ? [] : [s.amountBand.maxEurMinor])])])]
    .filter((edge) => edge >= 0n)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const scoreEdges = [...new Set([0, ...scenarios.flatMap((s) => [s.scoreBand.min, s.scoreBand.max + 1])])].filter((edge) => edge >= 0 && edge <= 100).sort((a, b) => a - b);
  const gaps: Array<{ amounts: string; scores: string }> = [];
  amountEdges.forEach((amount, a) => {
    const nextAmount = amountEdges[a + 1];
    scoreEdges.forEach((score, s) => {
      if (scenarios.some((scenario) => scenarioCovers(scenario, amount, score))) return;
      const lastScore = (scoreEdges[s + 1] ?? 101) - 1;
      gaps.push({
        amounts: nextAmount === undefined ? `EUR ${formatEurMinor(amount)} or more` : `EUR ${formatEurMinor(amount)} to under ${formatEurMinor(nextAmount)}`,
        scores: score === lastScore ? `${score}` : `${score} to ${lastScore}`,
      });
    });
  });
  return gaps;
}
