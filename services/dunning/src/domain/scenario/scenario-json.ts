import type { Scenario, ScenarioStep } from './scenario';
import { ScenarioInvalidError } from './scenario.errors';
import { validateScenario } from './validate-scenario';

/**
 * A scenario as plain JSON, the form an operator edits and the database stores: the same fields,
 * with the amount band's euro cents as decimal strings (a bigint has no JSON form and a JS number
 * is no place for money).
 */
export interface ScenarioJson extends Omit<Scenario, 'amountBand'> {
  amountBand: { minEurMinor: string; maxEurMinor?: string };
}

const CENTS = /^(0|[1-9][0-9]{0,17})$/;

export function toScenarioJson(scenario: Scenario): ScenarioJson {
  const { minEurMinor, maxEurMinor } = scenario.amountBand;
  return {
    id: scenario.id,
    version: scenario.version,
    name: scenario.name,
    country: scenario.country,
    debtorKind: scenario.debtorKind,
    amountBand: { minEurMinor: minEurMinor.toString(), ...(maxEurMinor !== undefined && { maxEurMinor: maxEurMinor.toString() }) },
    scoreBand: { ...scenario.scoreBand },
    steps: scenario.steps.map(copyStep),
    planBreachSteps: scenario.planBreachSteps.map(copyStep),
  };
}

/**
 * A scenario from its JSON form (parsed JSON of unknown shape), validated: throws
 * ScenarioInvalidError listing every problem (validateScenario), including unknown fields and
 * amounts that are not decimal strings of euro cents.
 */
export function scenarioFromJson(json: unknown): Scenario {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ScenarioInvalidError([{ field: '', code: 'NOT_AN_OBJECT', message: 'a scenario is a JSON object' }]);
  }
  const { amountBand, steps, planBreachSteps, scoreBand, ...rest } = json as Record<string, unknown>;
  const candidate = {
    ...rest,
    amountBand: isRecord(amountBand)
      ? { ...amountBand, minEurMinor: cents(amountBand.minEurMinor), ...(amountBand.maxEurMinor !== undefined && { maxEurMinor: cents(amountBand.maxEurMinor) }) }
      : amountBand,
    scoreBand: isRecord(scoreBand) ? { ...scoreBand } : scoreBand,
    steps: Array.isArray(steps) ? steps.map((step) => (isRecord(step) ? copyStep(step as unknown as ScenarioStep) : step)) : steps,
    planBreachSteps: Array.isArray(planBreachSteps) ? planBreachSteps.map((step) => (isRecord(step) ? copyStep(step as unknown as ScenarioStep) : step)) : planBreachSteps,
  } as unknown as Scenario;
  const problems = validateScenario(candidate);
  if (problems.length > 0) throw new ScenarioInvalidError(problems);
  return candidate;
}

/** A decimal string of cents becomes a bigint; anything else is passed on for validation to reject. */
function cents(value: unknown): unknown {
  return typeof value === 'string' && CENTS.test(value) ? BigInt(value) : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copyStep(step: ScenarioStep): ScenarioStep {
  return { ...step, ...(isRecord(step.conditions) && { conditions: { ...step.conditions } }) };
}
