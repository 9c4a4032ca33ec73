import type { DebtorKind } from '../steps';

/**
 * One problem with a scenario or a set of scenarios. `field` is a path in the scenario
 * (`steps[2].delayDays`, `amountBand.maxEurMinor`); `stepId` names the step when there is one;
 * `code` is stable for machines; `message` says why, in English.
 */
export interface ScenarioProblem {
  scenarioId?: string;
  stepId?: string;
  field: string;
  code: ScenarioProblemCode;
  message: string;
}

export type ScenarioProblemCode =
  // the scenario itself
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'INVALID_ID'
  | 'INVALID_VERSION'
  | 'INVALID_NAME'
  | 'UNKNOWN_COUNTRY'
  | 'UNKNOWN_DEBTOR_KIND'
  | 'INVALID_AMOUNT_BAND'
  | 'INVALID_SCORE_BAND'
  | 'EMPTY_STEPS'
  | 'SPAN_TOO_LONG'
  | 'LAST_STEP_NOT_EVALUATION'
  // one step
  | 'INVALID_STEP'
  | 'INVALID_STEP_ID'
  | 'DUPLICATE_STEP_ID'
  | 'UNKNOWN_STEP_KIND'
  | 'UNKNOWN_STAGE'
  | 'STAGE_KIND_MISMATCH'
  | 'STAGE_OUT_OF_ORDER'
  | 'NEGATIVE_DELAY'
  | 'INVALID_DELAY'
  | 'MISSING_TEMPLATE_KEY'
  | 'INVALID_TEMPLATE_KEY'
  | 'UNEXPECTED_TEMPLATE_KEY'
  | 'UNKNOWN_CONDITION'
  | 'INVALID_CONDITION'
  // against the country's policy
  | 'POLICY_MISMATCH'
  | 'FORBIDDEN_BY_POLICY'
  | 'CHANNEL_NOT_IN_POLICY'
  // across a set of scenarios (the registry)
  | 'DUPLICATE_SCENARIO_ID'
  | 'DUPLICATE_BANDS'
  | 'OVERLAPPING_BANDS'
  | 'COVERAGE_GAP'
  | 'MISSING_SCENARIO';

/** A scenario (or its JSON form) that does not validate; `details` lists every problem. */
export class ScenarioInvalidError extends Error {
  readonly code = 'DUNNING.SCENARIO_INVALID';
  readonly category = 'invalid';
  constructor(readonly details: ScenarioProblem[]) {
    super(`the scenario has ${details.length} problem(s): ${details.slice(0, 5).map((problem) => `${problem.field} ${problem.message}`).join('; ')}`);
  }
}

/** Selection was asked with criteria out of range (a score outside 0..100, a negative amount). */
export class ScenarioCriteriaInvalidError extends Error {
  readonly code = 'DUNNING.SCENARIO_CRITERIA_INVALID';
  readonly category = 'invalid';
  constructor(readonly details: Array<{ field: string; code: string; message: string }>) {
    super(`the scenario selection criteria have ${details.length} problem(s): ${details.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`);
  }
}

/** No scenario of the set matches the case: the registry has a gap (validateScenarioSet reports them). */
export class NoScenarioMatchesError extends Error {
  readonly code = 'DUNNING.NO_SCENARIO_MATCHES';
  readonly category = 'not_found';
  constructor(readonly criteria: { country: string; debtorKind: DebtorKind; amountEurMinor: bigint; score: number }) {
    super(`no scenario for ${criteria.country} ${criteria.debtorKind} with EUR-equivalent balance ${criteria.amountEurMinor} (minor units) and score ${criteria.score}`);
  }
}
