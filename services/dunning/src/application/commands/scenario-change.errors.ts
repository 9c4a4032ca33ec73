/**
 * One reason an operator's change to the scenarios was refused. `field` is a path in the
 * submitted scenario (`steps[2].kind`); `message` names the step when there is one, as the
 * problem+json `reason`; `code` is stable for machines (ScenarioProblemCode, or VERSION_ASSIGNED).
 */
export interface ScenarioChangeProblem {
  field: string;
  code: string;
  message: string;
  stepId?: string;
}

/**
 * A submitted scenario that does not validate, on its own, against its country's policy, or
 * beside the other scenarios in force. Shaped like the service's DomainError (code, category,
 * details), so the problem-details filter answers 422 listing every problem.
 */
export class ScenarioRejectedError extends Error {
  readonly code = 'DUNNING.SCENARIO_REJECTED';
  readonly category = 'invalid';
  constructor(
    readonly scenarioId: string | undefined,
    readonly details: ScenarioChangeProblem[],
  ) {
    super(`scenario ${scenarioId ?? '(no valid id)'} was not saved: ${details.length} problem(s), see errors`);
  }
}

/** No scenario, shipped or stored, has that id. */
export class ScenarioNotFoundError extends Error {
  readonly code = 'DUNNING.SCENARIO_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly scenarioId: string) {
    super(`no scenario ${scenarioId}`);
  }
}

/** Deactivating the scenario would leave cases that no scenario in force matches. */
export class ScenarioDeactivationRefusedError extends Error {
  readonly code = 'DUNNING.SCENARIO_DEACTIVATION_LEAVES_GAP';
  readonly category = 'conflict';
  constructor(
    readonly scenarioId: string,
    readonly details: ScenarioChangeProblem[],
  ) {
    super(`deactivating ${scenarioId} would leave balances and scores no scenario covers; publish a scenario that covers them first`);
  }
}
