import { waitFor } from '@collections/testing';
import request from 'supertest';
import { DomainPlaybook, ScenarioCatalogueStaleError } from '../../src/adapters/playbook/domain-playbook';
import { SqlScenarioStore } from '../../src/adapters/persistence/sql-scenario.store';
import { DEFAULT_SCENARIOS } from '../../src/domain/scenario/default-scenarios';
import { type ScenarioJson, toScenarioJson } from '../../src/domain/scenario/scenario-json';
import { OPERATOR, startDunningApp, type DunningApp } from '../support/dunning-app';

type Submission = Omit<ScenarioJson, 'version'>;

/** A shipped default as an operator would submit it: its JSON form without the version. */
function defaultSubmission(id: string): Submission {
  const { version: _version, ...json } = toScenarioJson(DEFAULT_SCENARIOS.find((scenario) => scenario.id === id)!);
  return json;
}

describe('operator API for scenarios: validated, stored, versioned (real PostgreSQL and Kafka)', () => {
  let dunning: DunningApp;
  const http = () => request(dunning.app.getHttpServer());
  const scenarioOf = async (caseId: string) => (await dunning.planOf(caseId)).scenario as { id: string; version: number };
  const remainingOf = async (caseId: string) => (await dunning.planOf(caseId)).remaining as Array<{ step: string; delayDays: number }>;

  beforeAll(async () => {
    dunning = await startDunningApp();
  }, 60_000);
  afterAll(() => dunning?.close());

  it('answers 401 without the operator token, on every route', async () => {
    await http().get('/ops/scenarios').expect(401);
    await http().get('/ops/scenarios/nl-b2c-small').expect(401);
    await http().post('/ops/scenarios').send(defaultSubmission('nl-b2c-small')).expect(401);
    await http().delete('/ops/scenarios/nl-b2c-small').expect(401);
    expect(Number((await dunning.dataSource.query('SELECT count(*) FROM scenarios'))[0].count)).toBe(0);
  });

  it('lists the shipped defaults in their JSON form before anything is stored', async () => {
    const { body } = await http().get('/ops/scenarios').set(OPERATOR).expect(200);
    expect(body.scenarios).toHaveLength(DEFAULT_SCENARIOS.length);
    expect(body.scenarios).toContainEqual(JSON.parse(JSON.stringify(toScenarioJson(DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'nl-b2c-small')!))));
  });

  it('publishes a new version of a default: listed, run by new cases, while a plan started before keeps its version', async () => {
    const before = await dunning.openScreenedCase({ country: 'NL', kind: 'B2C' });
    expect(await scenarioOf(before.caseId)).toEqual({ id: 'nl-b2c-small', version: 1 });

    const edited = defaultSubmission('nl-b2c-small');
    expect(edited.steps[1]).toMatchObject({ id: 'reminder-email', delayDays: 19 });
    edited.steps[1].delayDays = 21;
    const created = await http().post('/ops/scenarios').set(OPERATOR).set('X-Operator', 'jane.doe').send(edited).expect(201);
    expect(created.body).toMatchObject({ version: 2, source: 'stored', active: true, createdBy: 'jane.doe', scenario: { id: 'nl-b2c-small', version: 2 } });
    expect(created.body.scenario.steps[1]).toMatchObject({ id: 'reminder-email', delayDays: 21 });

    const listed = (await http().get('/ops/scenarios').set(OPERATOR).expect(200)).body.scenarios as ScenarioJson[];
    expect(listed.filter((scenario) => scenario.id === 'nl-b2c-small').map((scenario) => scenario.version)).toEqual([2]);
    const versions = (await http().get('/ops/scenarios/nl-b2c-small').set(OPERATOR).expect(200)).body;
    expect(versions).toMatchObject({ id: 'nl-b2c-small', inForce: 2, versions: [{ version: 1, source: 'default', createdBy: null }, { version: 2, source: 'stored', createdBy: 'jane.doe' }] });
    expect(await dunning.dataSource.query(`SELECT id, version, active, created_by FROM scenarios`)).toEqual([{ id: 'nl-b2c-small', version: 2, active: true, created_by: 'jane.doe' }]);

    const after = await dunning.openScreenedCase({ country: 'NL', kind: 'B2C' });
    expect(await scenarioOf(after.caseId)).toEqual({ id: 'nl-b2c-small', version: 2 });
    expect((await remainingOf(after.caseId)).find((step) => step.step === 'reminder-email')).toMatchObject({ delayDays: 21 });

    expect(await scenarioOf(before.caseId)).toEqual({ id: 'nl-b2c-small', version: 1 });
    expect((await remainingOf(before.caseId)).find((step) => step.step === 'reminder-email')).toMatchObject({ delayDays: 19 });

    // Version 3 comes after the stored version 2, not after the default.
    edited.steps[1].delayDays = 20;
    await http().post('/ops/scenarios').set(OPERATOR).send(edited).expect(201).expect((response) => expect(response.body).toMatchObject({ version: 3, createdBy: null }));
  });

  it('reaches another replica: a plan naming a version it has not loaded yet waits for its reload instead of running no steps', async () => {
    const replica = new DomainPlaybook(new SqlScenarioStore(dunning.dataSource.manager), 60_000);
    await replica.onModuleInit();
    try {
      const edited = defaultSubmission('es-b2c-small');
      edited.steps[0].delayDays = 1;
      const { body } = await http().post('/ops/scenarios').set(OPERATOR).send(edited).expect(201);

      // Asked before its next refresh, the replica reloads and the caller's transaction retries.
      expect(() => replica.steps({ id: 'es-b2c-small', version: body.version }, false)).toThrow(ScenarioCatalogueStaleError);
      const steps = await waitFor('the replica reloaded', () => {
        try {
          return replica.steps({ id: 'es-b2c-small', version: body.version }, false);
        } catch {
          return undefined;
        }
      });
      expect(steps[0]).toMatchObject({ delayDays: 1 });

      // A version nobody wrote counts as missing once a load begun after the first ask has finished.
      expect(() => replica.steps({ id: 'es-b2c-small', version: 99 }, false)).toThrow(ScenarioCatalogueStaleError);
      await waitFor('the version counted as missing', () => {
        try {
          return replica.steps({ id: 'es-b2c-small', version: 99 }, false).length === 0;
        } catch {
          return undefined;
        }
      });
    } finally {
      replica.onApplicationShutdown();
    }
  });

  it('rejects an invalid scenario with 422, naming each step and field, and stores nothing', async () => {
    const reject = async (body: unknown) => {
      const response = await http().post('/ops/scenarios').set(OPERATOR).send(body as object).expect(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({ status: 422, code: 'DUNNING.SCENARIO_REJECTED' });
      return response.body.errors as Array<{ field: string; code: string; reason: string }>;
    };
    const stored = async () => Number((await dunning.dataSource.query(`SELECT count(*) FROM scenarios`))[0].count);
    const storedBefore = await stored();

    const unknownKind = defaultSubmission('be-b2c-small');
    (unknownKind.steps[1] as { kind: string }).kind = 'FAX';
    expect(await reject(unknownKind)).toContainEqual({ field: 'steps[1].kind', code: 'UNKNOWN_STEP_KIND', reason: expect.stringContaining(`step ${unknownKind.steps[1].id}:`) });

    const negativeDelay = defaultSubmission('be-b2c-small');
    negativeDelay.planBreachSteps[2].delayDays = -3;
    expect(await reject(negativeDelay)).toEqual([{ field: 'planBreachSteps[2].delayDays', code: 'NEGATIVE_DELAY', reason: `step ${negativeDelay.planBreachSteps[2].id}: must be zero or more` }]);

    const missingTemplate = defaultSubmission('be-b2c-small');
    delete missingTemplate.steps[0].templateKey;
    expect(await reject(missingTemplate)).toEqual([{ field: 'steps[0].templateKey', code: 'MISSING_TEMPLATE_KEY', reason: expect.stringContaining('step first-reminder:') }]);

    // France's consumer policy forbids home visits (Belgium's allows them).
    const visit = defaultSubmission('fr-b2c-standard');
    const noticeAt = visit.steps.findIndex((step) => step.kind === 'FORMAL_NOTICE');
    visit.steps.splice(noticeAt, 0, { id: 'home-visit', kind: 'VISIT', delayDays: 0, stage: 'VISIT', conditions: { requiresChannel: 'LETTER', onlyIfNoPaymentSinceStart: true } });
    expect(await reject(visit)).toEqual([{ field: `steps[${noticeAt}].kind`, code: 'FORBIDDEN_BY_POLICY', reason: expect.stringMatching(/^step home-visit: policy .*FR.* forbids VISIT steps$/) }]);

    const withVersion = { ...defaultSubmission('be-b2c-small'), version: 7 };
    expect(await reject(withVersion)).toEqual([{ field: 'version', code: 'VERSION_ASSIGNED', reason: expect.stringContaining('leave it out') }]);

    // A new scenario across the EUR 500 line overlaps both defaults without either holding it.
    const overlapping = { ...defaultSubmission('be-b2c-small'), id: 'be-b2c-mid', name: 'Belgium, consumer, EUR 400 to 600', amountBand: { minEurMinor: '40000', maxEurMinor: '60000' } };
    const overlaps = await reject(overlapping);
    expect(overlaps).toHaveLength(3);
    for (const other of ['be-b2c-small', 'be-b2c-standard', 'be-b2c-low-score']) {
      expect(overlaps).toContainEqual({ field: 'amountBand', code: 'OVERLAPPING_BANDS', reason: expect.stringContaining(other) });
    }

    // Narrowing a default's band leaves balances no scenario covers.
    const narrowed = { ...defaultSubmission('be-b2c-standard'), amountBand: { minEurMinor: '50000', maxEurMinor: '100000000' } };
    expect(await reject(narrowed)).toEqual([{ field: 'amountBand', code: 'COVERAGE_GAP', reason: expect.stringContaining('EUR 1000000.00 or more') }]);

    expect(await reject([])).toEqual([{ field: '', code: 'NOT_AN_OBJECT', reason: 'a scenario is a JSON object' }]);
    expect(await stored()).toBe(storedBefore);
    expect((await http().get('/ops/scenarios/be-b2c-small').set(OPERATOR).expect(200)).body.versions).toHaveLength(1);
  });

  it('deactivates a scenario only when no case would be left without one (409 otherwise); publishing the id again brings it back', async () => {
    const refused = await http().delete('/ops/scenarios/de-b2c-standard').set(OPERATOR).expect(409);
    expect(refused.body).toMatchObject({ status: 409, code: 'DUNNING.SCENARIO_DEACTIVATION_LEAVES_GAP', errors: [{ field: 'scenarios', code: 'COVERAGE_GAP', reason: expect.stringContaining('DE B2C') }] });
    expect((await http().get('/ops/scenarios/de-b2c-standard').set(OPERATOR)).body.inForce).toBe(1);

    // A band nested in the standard one is more specific and may come and go.
    const nested = { ...defaultSubmission('de-b2c-standard'), id: 'de-b2c-large', name: 'Germany, consumer, EUR 50000 and over', amountBand: { minEurMinor: '5000000' } };
    await http().post('/ops/scenarios').set(OPERATOR).send(nested).expect(201);
    const large = await dunning.openScreenedCase({ country: 'DE', kind: 'B2C', principalMinor: 10_000_000n });
    expect(await scenarioOf(large.caseId)).toEqual({ id: 'de-b2c-large', version: 1 });

    await http().delete('/ops/scenarios/de-b2c-large').set(OPERATOR).set('X-Operator', 'jane.doe').expect(204);
    await http().delete('/ops/scenarios/de-b2c-large').set(OPERATOR).expect(204);
    const listed = (await http().get('/ops/scenarios').set(OPERATOR)).body.scenarios as ScenarioJson[];
    expect(listed.map((scenario) => scenario.id)).not.toContain('de-b2c-large');
    expect((await http().get('/ops/scenarios/de-b2c-large').set(OPERATOR)).body).toMatchObject({ inForce: null, versions: [{ version: 1, active: false }] });
    const later = await dunning.openScreenedCase({ country: 'DE', kind: 'B2C', principalMinor: 10_000_000n });
    expect(await scenarioOf(later.caseId)).toEqual({ id: 'de-b2c-standard', version: 1 });
    // The plan started on it keeps it.
    expect(await scenarioOf(large.caseId)).toEqual({ id: 'de-b2c-large', version: 1 });
    expect(((await dunning.planOf(large.caseId)).remaining as unknown[]).length).toBeGreaterThan(0);

    await http().post('/ops/scenarios').set(OPERATOR).send(nested).expect(201).expect((response) => expect(response.body).toMatchObject({ version: 2, active: true }));
    expect((await http().get('/ops/scenarios/de-b2c-large').set(OPERATOR)).body.inForce).toBe(2);

    await http().delete('/ops/scenarios/no-such-scenario').set(OPERATOR).expect(404);
    await http().get('/ops/scenarios/no-such-scenario').set(OPERATOR).expect(404);
  });
});
