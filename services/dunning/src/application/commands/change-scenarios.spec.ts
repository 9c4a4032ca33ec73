import { FixedClock } from '@collections/clock';
import { InMemoryScenarioStore } from '../../../test/fakes/in-memory-scenario.store';
import { DEFAULT_SCENARIOS } from '../../domain/scenario/default-scenarios';
import { type ScenarioJson, toScenarioJson } from '../../domain/scenario/scenario-json';
import { ScenarioCatalogueCache } from '../ports/scenario-store.port';
import { loadCatalogue } from '../queries/scenario-catalogue';
import { deactivateScenario, publishScenario, type ScenarioChangeDeps } from './change-scenarios';
import { ScenarioDeactivationRefusedError, ScenarioNotFoundError, ScenarioRejectedError } from './scenario-change.errors';

class CountingCache extends ScenarioCatalogueCache {
  reloads = 0;
  async reload(): Promise<void> {
    this.reloads += 1;
  }
}

function submission(id: string, changes: Partial<ScenarioJson> = {}): Omit<ScenarioJson, 'version'> {
  const { version: _version, ...json } = toScenarioJson(DEFAULT_SCENARIOS.find((scenario) => scenario.id === id)!);
  return { ...json, ...changes };
}

const problemsOf = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(() => undefined, (thrown: unknown) => thrown);
  if (!(error instanceof ScenarioRejectedError || error instanceof ScenarioDeactivationRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.details.map((problem) => `${problem.field} ${problem.code}`);
};

describe('publishScenario and deactivateScenario', () => {
  let store: InMemoryScenarioStore;
  let cache: CountingCache;
  let deps: ScenarioChangeDeps;

  beforeEach(() => {
    store = new InMemoryScenarioStore();
    cache = new CountingCache();
    deps = { store, catalogue: cache, clock: new FixedClock('2026-11-23T10:00:00Z') };
  });

  it('numbers versions after the latest, shipped or stored, starts a new id at 1, records the operator and reloads this process', async () => {
    expect((await publishScenario(deps, submission('nl-b2c-small'), 'jane')).scenario.version).toBe(2);
    expect((await publishScenario(deps, submission('nl-b2c-small'))).scenario.version).toBe(3);
    const nested = await publishScenario(deps, submission('nl-b2c-standard', { id: 'nl-b2c-large', amountBand: { minEurMinor: '5000000' } }));
    expect(nested).toMatchObject({ source: 'stored', active: true, scenario: { id: 'nl-b2c-large', version: 1 } });
    expect(store.rows.map((row) => [row.scenario.id, row.scenario.version, row.createdBy])).toEqual([['nl-b2c-small', 2, 'jane'], ['nl-b2c-small', 3, undefined], ['nl-b2c-large', 1, undefined]]);
    expect(cache.reloads).toBe(3);
  });

  it('runs changes one at a time: two publications of one id at once get consecutive versions', async () => {
    const [a, b] = await Promise.all([publishScenario(deps, submission('nl-b2c-small')), publishScenario(deps, submission('nl-b2c-small'))]);
    expect([a.scenario.version, b.scenario.version].sort()).toEqual([2, 3]);
  });

  it('refuses a new version that moves an id to another country when that leaves its old place uncovered', async () => {
    const moved = submission('nl-b2c-small', { country: 'BE' });
    const problems = await problemsOf(publishScenario(deps, moved));
    expect(problems).toContain('amountBand COVERAGE_GAP');
    expect(store.rows).toEqual([]);
    expect(cache.reloads).toBe(0);
  });

  it('refuses a step kind the country\'s policy forbids, naming the step', async () => {
    const visit = submission('fr-b2c-standard');
    visit.steps.splice(5, 0, { id: 'home-visit', kind: 'VISIT', delayDays: 0, stage: 'VISIT' });
    await expect(publishScenario(deps, visit)).rejects.toMatchObject({ details: [{ field: 'steps[5].kind', code: 'FORBIDDEN_BY_POLICY', stepId: 'home-visit', message: expect.stringMatching(/^step home-visit: /) }] });
  });

  it('deactivates an id unless that leaves a gap; again is a no-op; an unknown id is not found', async () => {
    expect(await problemsOf(deactivateScenario(deps, 'nl-b2c-standard'))).toEqual(['scenarios COVERAGE_GAP']);
    await publishScenario(deps, submission('nl-b2c-standard', { id: 'nl-b2c-large', amountBand: { minEurMinor: '5000000' } }));
    await deactivateScenario(deps, 'nl-b2c-large', 'jane');
    await deactivateScenario(deps, 'nl-b2c-large');
    expect(store.rows.map((row) => [row.scenario.id, row.active])).toEqual([['nl-b2c-large', false]]);
    await expect(deactivateScenario(deps, 'nl-b2c-nothing')).rejects.toBeInstanceOf(ScenarioNotFoundError);
  });

  it('records a retired default as an inactive row, so it stays retired; publishing the id again brings it back', async () => {
    await publishScenario(deps, submission('nl-b2c-standard', { id: 'nl-b2c-all', amountBand: { minEurMinor: '0' } }));
    await deactivateScenario(deps, 'nl-b2c-small', 'jane');
    expect(store.rows.find((row) => row.scenario.id === 'nl-b2c-small')).toMatchObject({ active: false, createdBy: 'jane', scenario: { version: 1 } });
    expect((await loadCatalogue(store)).inForce.map((scenario) => scenario.id)).not.toContain('nl-b2c-small');

    expect((await publishScenario(deps, submission('nl-b2c-small'))).scenario.version).toBe(2);
    expect((await loadCatalogue(store)).inForce.map((scenario) => `${scenario.id}@${scenario.version}`)).toContain('nl-b2c-small@2');
  });
});
