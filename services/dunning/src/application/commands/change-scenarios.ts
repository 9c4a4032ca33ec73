import type { Clock } from '@collections/clock';
import { ALL_POLICIES, policyFor } from '../../domain/policy';
import type { Scenario } from '../../domain/scenario/scenario';
import { scenarioFromJson } from '../../domain/scenario/scenario-json';
import { ScenarioInvalidError, type ScenarioProblem, type ScenarioProblemCode } from '../../domain/scenario/scenario.errors';
import { validateScenario } from '../../domain/scenario/validate-scenario';
import { validateScenarioSet } from '../../domain/scenario/validate-scenario-set';
import type { DebtorKind, PolicyCountry } from '../../domain/steps';
import type { ScenarioCatalogueCache, ScenarioStore } from '../ports/scenario-store.port';
import { type CatalogueVersion, loadCatalogue, type ScenarioCatalogue } from '../queries/scenario-catalogue';
import { type ScenarioChangeProblem, ScenarioDeactivationRefusedError, ScenarioNotFoundError, ScenarioRejectedError } from './scenario-change.errors';

export interface ScenarioChangeDeps {
  store: ScenarioStore;
  /** This process's catalogue, reloaded after the change; other replicas reload on their timer. */
  catalogue: ScenarioCatalogueCache;
  clock: Clock;
}

type Pair = { country: PolicyCountry; debtorKind: DebtorKind };

const SET_CODES: ReadonlySet<ScenarioProblemCode> = new Set(['DUPLICATE_SCENARIO_ID', 'DUPLICATE_BANDS', 'OVERLAPPING_BANDS', 'COVERAGE_GAP', 'MISSING_SCENARIO']);
const GAP_CODES: ReadonlySet<ScenarioProblemCode> = new Set(['COVERAGE_GAP', 'MISSING_SCENARIO']);

/**
 * Publishes an operator's scenario (its JSON form, without a version) as the next version of its
 * id: the latest version, shipped or stored, plus one (a new id starts at 1). It is checked first
 * 1. on its own (scenarioFromJson: fields, steps, kinds, stages, delays, templates, conditions);
 * 2. against its country's policy in force today and every later version already shipped (no
 *    step kind the policy forbids, no channel it has no contact window for);
 * 3. beside the other scenarios in force for its country and debtor kind (validateScenarioSet):
 *    no overlapping or duplicate bands, no balance or score left uncovered. Only problems the
 *    change brings count; one the set had before is not this change's fault.
 * Throws ScenarioRejectedError listing every problem found at the first stage that had any.
 * Changes run one at a time across replicas, each checked against the stored state.
 */
export async function publishScenario(deps: ScenarioChangeDeps, submitted: unknown, by?: string): Promise<CatalogueVersion> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const saved = await deps.store.exclusively(async (store) => store.save(checked(submitted, await loadCatalogue(store), today), by));
  await deps.catalogue.reload();
  return { scenario: saved.scenario, source: 'stored', active: saved.active, createdAt: saved.createdAt, ...(saved.createdBy !== undefined && { createdBy: saved.createdBy }) };
}

/**
 * Deactivates a scenario id (every version: new cases no longer get it, running plans keep
 * theirs), unless that would leave balances or scores of its country and debtor kind that no
 * scenario in force covers (ScenarioDeactivationRefusedError). Deactivating a retired id again
 * changes nothing. Publishing the id again brings it back as a new version.
 */
export async function deactivateScenario(deps: ScenarioChangeDeps, id: string, by?: string): Promise<void> {
  await deps.store.exclusively(async (store) => {
    const catalogue = await loadCatalogue(store);
    const latest = catalogue.latest(id);
    if (!latest) throw new ScenarioNotFoundError(id);
    if (!latest.active) return;
    const group = inForceFor(catalogue, latest.scenario);
    const gaps = newSetProblems(group, group.filter((scenario) => scenario.id !== id), latest.scenario, GAP_CODES);
    if (gaps.length > 0) throw new ScenarioDeactivationRefusedError(id, gaps.map(({ field, code, message }) => ({ field, code, message })));
    await store.deactivate(id, latest.scenario, by);
  });
  await deps.catalogue.reload();
}

function checked(submitted: unknown, catalogue: ScenarioCatalogue, today: string): Scenario {
  if (typeof submitted !== 'object' || submitted === null || Array.isArray(submitted)) {
    throw new ScenarioRejectedError(undefined, [{ field: '', code: 'NOT_AN_OBJECT', message: 'a scenario is a JSON object' }]);
  }
  const fields = submitted as Record<string, unknown>;
  const id = typeof fields.id === 'string' ? fields.id : undefined;
  const version = (id === undefined ? 0 : (catalogue.latest(id)?.scenario.version ?? 0)) + 1;
  const problems: ScenarioChangeProblem[] = [];
  if ('version' in fields) problems.push({ field: 'version', code: 'VERSION_ASSIGNED', message: `is assigned by the service (this one would be ${version}): leave it out` });

  let scenario: Scenario;
  try {
    scenario = scenarioFromJson({ ...fields, version });
  } catch (error) {
    if (error instanceof ScenarioInvalidError) throw new ScenarioRejectedError(id, [...problems, ...error.details.map(toChangeProblem)]);
    throw error;
  }
  problems.push(...policyProblems(scenario, today));
  if (problems.length > 0) throw new ScenarioRejectedError(id, problems);

  const setProblems = setProblemsOf(scenario, catalogue);
  if (setProblems.length > 0) throw new ScenarioRejectedError(id, setProblems);
  return scenario;
}

/**
 * What the new version changes in the set in force: in its country and debtor kind, and in the
 * previous version's when it moved (its old place must not be left uncovered).
 */
function setProblemsOf(scenario: Scenario, catalogue: ScenarioCatalogue): ScenarioChangeProblem[] {
  const previous = catalogue.latest(scenario.id);
  const pairs: Pair[] = [scenario];
  if (previous?.active && (previous.scenario.country !== scenario.country || previous.scenario.debtorKind !== scenario.debtorKind)) pairs.push(previous.scenario);
  return pairs.flatMap((pair) => {
    const before = inForceFor(catalogue, pair);
    const after = [...before.filter((other) => other.id !== scenario.id), ...(pair === scenario ? [scenario] : [])];
    // The set's paths are `scenarios[i].…`: keep the part inside the submitted scenario; a gap or another scenario's band concerns its bands.
    const own = `scenarios[${after.indexOf(scenario)}].`;
    return newSetProblems(before, after, pair, SET_CODES).map((problem) => ({
      field: problem.field.startsWith(own) ? problem.field.slice(own.length) : 'amountBand',
      code: problem.code,
      message: problem.scenarioId !== undefined && problem.scenarioId !== scenario.id ? `${problem.scenarioId} ${problem.message}` : problem.message,
    }));
  });
}

/** The policy in force today for the scenario's country and kind, then every later version shipped; each problem once. */
function policyProblems(scenario: Scenario, today: string): ScenarioChangeProblem[] {
  const policies = [
    policyFor(scenario.country, scenario.debtorKind, today),
    ...ALL_POLICIES.filter((policy) => policy.country === scenario.country && policy.debtorKind === scenario.debtorKind && policy.effectiveFrom > today),
  ];
  const unique = new Map<string, ScenarioProblem>();
  for (const problem of policies.flatMap((policy) => validateScenario(scenario, policy))) {
    if (!unique.has(`${problem.field} ${problem.code}`)) unique.set(`${problem.field} ${problem.code}`, problem);
  }
  return [...unique.values()].map(toChangeProblem);
}

function inForceFor(catalogue: ScenarioCatalogue, pair: Pair): Scenario[] {
  return catalogue.inForce.filter((scenario) => scenario.country === pair.country && scenario.debtorKind === pair.debtorKind);
}

/** The problems of `codes` the set `after` has and `before` had not, for one country and debtor kind. */
function newSetProblems(before: readonly Scenario[], after: readonly Scenario[], pair: Pair, codes: ReadonlySet<ScenarioProblemCode>): ScenarioProblem[] {
  const options = { requiredPairs: [{ country: pair.country, debtorKind: pair.debtorKind }] };
  const signature = (problem: ScenarioProblem) => `${problem.code} ${problem.scenarioId ?? ''} ${problem.message}`;
  const existing = new Set(validateScenarioSet(before, options).filter((problem) => codes.has(problem.code)).map(signature));
  return validateScenarioSet(after, options).filter((problem) => codes.has(problem.code) && !existing.has(signature(problem)));
}

/** The step named in the reason, so an operator finds it without counting array indexes. */
function toChangeProblem(problem: ScenarioProblem): ScenarioChangeProblem {
  return {
    field: problem.field,
    code: problem.code,
    message: problem.stepId === undefined ? problem.message : `step ${problem.stepId}: ${problem.message}`,
    ...(problem.stepId !== undefined && { stepId: problem.stepId }),
  };
}
