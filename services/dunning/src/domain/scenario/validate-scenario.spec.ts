import type { Scenario, ScenarioStep } from './scenario';
import type { ScenarioProblemCode } from './scenario.errors';
import { type ScenarioPolicyView, validateScenario } from './validate-scenario';

function aScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'be-b2c-test',
    version: 1,
    name: 'Belgium, consumer, test',
    country: 'BE',
    debtorKind: 'B2C',
    amountBand: { minEurMinor: 0n },
    scoreBand: { min: 0, max: 100 },
    steps: [
      { id: 'first-reminder', kind: 'LETTER', templateKey: 'be.b2c.first-reminder', delayDays: 0, stage: 'REMINDERS' },
      { id: 'phone-follow-up', kind: 'CALL', delayDays: 20, stage: 'REMINDERS' },
      { id: 'home-visit', kind: 'VISIT', delayDays: 10, stage: 'VISIT', conditions: { requiresChannel: 'LETTER', onlyIfNoPaymentSinceStart: true } },
      { id: 'formal-notice', kind: 'FORMAL_NOTICE', templateKey: 'be.b2c.formal-notice', delayDays: 10, stage: 'FORMAL_NOTICE' },
      { id: 'intensive-calls', kind: 'INTENSIVE_CALLS', delayDays: 15, stage: 'INTENSIVE_FOLLOW_UP' },
      { id: 'evaluation', kind: 'EVALUATION', delayDays: 30, stage: 'EVALUATION' },
    ],
    planBreachSteps: [
      { id: 'plan-breach-letter', kind: 'LETTER', templateKey: 'be.b2c.plan-breach-letter', delayDays: 0, stage: 'REMINDERS' },
      { id: 'plan-breach-evaluation', kind: 'EVALUATION', delayDays: 21, stage: 'EVALUATION' },
    ],
    ...overrides,
  };
}

/** The scenario with its main track's step `index` changed (or replaced by a non-object). */
function withStep(index: number, change: Partial<ScenarioStep> | Record<string, unknown>): Scenario {
  const scenario = aScenario();
  scenario.steps[index] = { ...scenario.steps[index], ...change } as ScenarioStep;
  return scenario;
}

const summary = (scenario: Scenario, policy?: ScenarioPolicyView) => validateScenario(scenario, policy).map(({ field, code, stepId }) => ({ field, code, ...(stepId && { stepId }) }));

function aPolicy(overrides: Partial<ScenarioPolicyView> = {}): ScenarioPolicyView {
  const window = (channel: 'LETTER' | 'EMAIL' | 'SMS' | 'PHONE' | 'VISIT') => ({ channel, weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '20:00', ruleId: 'contact-hours' });
  return {
    id: 'BE-B2C@2023-09-01',
    country: 'BE',
    debtorKind: 'B2C',
    contactWindows: [window('LETTER'), window('EMAIL'), window('SMS'), window('PHONE'), window('VISIT')],
    forbiddenSteps: [],
    ...overrides,
  };
}

describe('validateScenario', () => {
  it('finds nothing wrong with a well-formed scenario, with or without its policy', () => {
    expect(validateScenario(aScenario())).toEqual([]);
    expect(validateScenario(aScenario(), aPolicy())).toEqual([]);
  });

  describe('identity and bands', () => {
    it.each<[string, Partial<Scenario> | Record<string, unknown>, string, ScenarioProblemCode]>([
      ['an id that is not kebab-case', { id: 'BE B2C' }, 'id', 'INVALID_ID'],
      ['a version of zero', { version: 0 }, 'version', 'INVALID_VERSION'],
      ['a fractional version', { version: 1.5 }, 'version', 'INVALID_VERSION'],
      ['a blank name', { name: '  ' }, 'name', 'INVALID_NAME'],
      ['an unknown country', { country: 'IT' }, 'country', 'UNKNOWN_COUNTRY'],
      ['an unknown debtor kind', { debtorKind: 'B2G' }, 'debtorKind', 'UNKNOWN_DEBTOR_KIND'],
      ['a negative amount floor', { amountBand: { minEurMinor: -1n } }, 'amountBand.minEurMinor', 'INVALID_AMOUNT_BAND'],
      ['an amount floor that is a number', { amountBand: { minEurMinor: 0 } }, 'amountBand.minEurMinor', 'INVALID_AMOUNT_BAND'],
      ['an amount ceiling at the floor', { amountBand: { minEurMinor: 500n, maxEurMinor: 500n } }, 'amountBand.maxEurMinor', 'INVALID_AMOUNT_BAND'],
      ['no amount band', { amountBand: undefined }, 'amountBand', 'INVALID_AMOUNT_BAND'],
      ['a score above 100', { scoreBand: { min: 0, max: 101 } }, 'scoreBand.max', 'INVALID_SCORE_BAND'],
      ['a fractional score', { scoreBand: { min: 0.5, max: 100 } }, 'scoreBand.min', 'INVALID_SCORE_BAND'],
      ['a score band upside down', { scoreBand: { min: 60, max: 40 } }, 'scoreBand.max', 'INVALID_SCORE_BAND'],
      ['an unknown field', { owner: 'ops' }, 'owner', 'UNKNOWN_FIELD'],
      ['no main steps', { steps: [] }, 'steps', 'EMPTY_STEPS'],
      ['no plan-breach steps', { planBreachSteps: [] }, 'planBreachSteps', 'EMPTY_STEPS'],
      ['steps that are not a list', { steps: 'first-reminder' }, 'steps', 'EMPTY_STEPS'],
    ])('reports %s', (_, overrides, field, code) => {
      expect(summary(aScenario(overrides as Partial<Scenario>))).toEqual([{ field, code }]);
    });
  });

  describe('steps', () => {
    it.each<[string, number, Partial<ScenarioStep> | Record<string, unknown>, string, ScenarioProblemCode]>([
      ['an id that is not kebab-case', 1, { id: 'Phone_Follow_Up' }, 'steps[1].id', 'INVALID_STEP_ID'],
      ['an unknown kind', 1, { kind: 'FAX' }, 'steps[1].kind', 'UNKNOWN_STEP_KIND'],
      ['an unknown stage', 1, { stage: 'LEGAL' }, 'steps[1].stage', 'UNKNOWN_STAGE'],
      ['a negative delay', 1, { delayDays: -3 }, 'steps[1].delayDays', 'NEGATIVE_DELAY'],
      ['a fractional delay', 1, { delayDays: 2.5 }, 'steps[1].delayDays', 'INVALID_DELAY'],
      ['a delay that is not a number', 1, { delayDays: '7' }, 'steps[1].delayDays', 'INVALID_DELAY'],
      ['a letter without a template', 0, { templateKey: undefined }, 'steps[0].templateKey', 'MISSING_TEMPLATE_KEY'],
      ['a formal notice without a template', 3, { templateKey: undefined }, 'steps[3].templateKey', 'MISSING_TEMPLATE_KEY'],
      ['a template key with spaces', 0, { templateKey: 'First Reminder' }, 'steps[0].templateKey', 'INVALID_TEMPLATE_KEY'],
      ['an unknown condition', 1, { conditions: { onlyOnMondays: true } }, 'steps[1].conditions.onlyOnMondays', 'UNKNOWN_CONDITION'],
      ['a required channel that screening does not rate', 1, { conditions: { requiresChannel: 'VISIT' } }, 'steps[1].conditions.requiresChannel', 'INVALID_CONDITION'],
      ['a payment condition that is not a boolean', 1, { conditions: { onlyIfNoPaymentSinceStart: 'yes' } }, 'steps[1].conditions.onlyIfNoPaymentSinceStart', 'INVALID_CONDITION'],
      ['conditions that are not an object', 1, { conditions: ['EMAIL'] }, 'steps[1].conditions', 'INVALID_CONDITION'],
      ['a visit outside the VISIT stage', 2, { stage: 'REMINDERS' }, 'steps[2].stage', 'STAGE_KIND_MISMATCH'],
      ['an unknown step field', 1, { script: 'call-1' }, 'steps[1].script', 'UNKNOWN_FIELD'],
    ])('reports %s, naming the step and the field', (_, index, change, field, code) => {
      const stepId = typeof change.id === 'string' ? change.id : aScenario().steps[index].id;
      expect(summary(withStep(index, change))).toEqual([{ field, code, stepId }]);
    });

    it('reports a step that is not an object', () => {
      const scenario = aScenario();
      (scenario.steps as unknown[])[1] = 'call';
      expect(summary(scenario)).toEqual([{ field: 'steps[1]', code: 'INVALID_STEP' }]);
    });

    it('reports a duplicate step id, within a track and across the two', () => {
      expect(summary(withStep(1, { id: 'first-reminder' }))).toEqual([{ field: 'steps[1].id', code: 'DUPLICATE_STEP_ID', stepId: 'first-reminder' }]);
      const across = aScenario();
      across.planBreachSteps[0] = { ...across.planBreachSteps[0], id: 'first-reminder' };
      expect(summary(across)).toEqual([{ field: 'planBreachSteps[0].id', code: 'DUPLICATE_STEP_ID', stepId: 'first-reminder' }]);
    });

    it('reports a template on an evaluation, which sends nothing', () => {
      expect(summary(withStep(5, { templateKey: 'be.b2c.evaluation' }))).toEqual([{ field: 'steps[5].templateKey', code: 'UNEXPECTED_TEMPLATE_KEY', stepId: 'evaluation' }]);
    });

    it('reports a call in the EVALUATION stage', () => {
      const scenario = aScenario();
      scenario.steps.splice(5, 0, { id: 'last-call', kind: 'CALL', delayDays: 0, stage: 'EVALUATION' });
      expect(summary(scenario)).toEqual([{ field: 'steps[5].stage', code: 'STAGE_KIND_MISMATCH', stepId: 'last-call' }]);
    });

    it('reports a stage that goes back', () => {
      const scenario = aScenario();
      scenario.steps.splice(4, 0, { id: 'third-reminder', kind: 'LETTER', templateKey: 'be.b2c.third-reminder', delayDays: 1, stage: 'REMINDERS' });
      expect(summary(scenario)).toEqual([{ field: 'steps[4].stage', code: 'STAGE_OUT_OF_ORDER', stepId: 'third-reminder' }]);
    });

    it('reports a track that does not end with an evaluation', () => {
      const scenario = aScenario();
      scenario.planBreachSteps.pop();
      expect(summary(scenario)).toEqual([{ field: 'planBreachSteps[0].kind', code: 'LAST_STEP_NOT_EVALUATION', stepId: 'plan-breach-letter' }]);
    });

    it('reports a track longer than 120 days, and accepts exactly 120', () => {
      expect(summary(withStep(5, { delayDays: 66 }))).toEqual([{ field: 'steps', code: 'SPAN_TOO_LONG' }]);
      expect(summary(withStep(5, { delayDays: 65 }))).toEqual([]);
    });

    it('reports every problem at once', () => {
      const codes = validateScenario(withStep(1, { kind: 'FAX', delayDays: -1, id: 'x y' })).map((problem) => problem.code);
      expect(codes).toEqual(['INVALID_STEP_ID', 'UNKNOWN_STEP_KIND', 'NEGATIVE_DELAY']);
    });
  });

  describe('against the policy', () => {
    it('reports a step kind the policy forbids', () => {
      expect(summary(aScenario(), aPolicy({ forbiddenSteps: ['VISIT'] }))).toEqual([{ field: 'steps[2].kind', code: 'FORBIDDEN_BY_POLICY', stepId: 'home-visit' }]);
    });

    it('reports a step on a channel the policy never opens', () => {
      const policy = aPolicy();
      policy.contactWindows = policy.contactWindows.filter((window) => window.channel !== 'PHONE');
      expect(summary(aScenario(), policy)).toEqual([
        { field: 'steps[1].kind', code: 'CHANNEL_NOT_IN_POLICY', stepId: 'phone-follow-up' },
        { field: 'steps[4].kind', code: 'CHANNEL_NOT_IN_POLICY', stepId: 'intensive-calls' },
      ]);
    });

    it('reports a policy for another country or debtor kind', () => {
      expect(summary(aScenario(), aPolicy({ id: 'BE-B2B@2023-09-01', debtorKind: 'B2B' }))).toEqual([{ field: 'country', code: 'POLICY_MISMATCH' }]);
    });
  });
});
