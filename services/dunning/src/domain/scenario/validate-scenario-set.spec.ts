import type { AmountBand, Scenario, ScoreBand } from './scenario';
import { coverageGaps, validateScenarioSet } from './validate-scenario-set';

function aScenario(id: string, amountBand: AmountBand, scoreBand: ScoreBand = { min: 0, max: 100 }, overrides: Partial<Scenario> = {}): Scenario {
  return {
    id,
    version: 1,
    name: id,
    country: 'DE',
    debtorKind: 'B2C',
    amountBand,
    scoreBand,
    steps: [{ id: 'evaluation', kind: 'EVALUATION', delayDays: 0, stage: 'EVALUATION' }],
    planBreachSteps: [{ id: 'plan-breach-evaluation', kind: 'EVALUATION', delayDays: 0, stage: 'EVALUATION' }],
    ...overrides,
  };
}

const DE_B2C = [{ country: 'DE' as const, debtorKind: 'B2C' as const }];
const codes = (scenarios: Scenario[]) => validateScenarioSet(scenarios, { requiredPairs: DE_B2C }).map(({ code, field, scenarioId }) => ({ code, field, scenarioId }));

describe('validateScenarioSet', () => {
  const small = aScenario('de-small', { minEurMinor: 0n, maxEurMinor: 50_000n });
  const standard = aScenario('de-standard', { minEurMinor: 50_000n });

  it('accepts bands that tile every balance and score', () => {
    expect(codes([small, standard])).toEqual([]);
  });

  it('accepts a band nested inside another: the nested one is more specific', () => {
    expect(codes([aScenario('de-all', { minEurMinor: 0n }), aScenario('de-high-score', { minEurMinor: 0n, maxEurMinor: 50_000n }, { min: 80, max: 100 })])).toEqual([]);
  });

  it('reports bands that overlap without nesting', () => {
    const overlapping = aScenario('de-middle', { minEurMinor: 40_000n, maxEurMinor: 60_000n }, { min: 0, max: 100 });
    expect(codes([small, standard, overlapping])).toEqual([
      { code: 'OVERLAPPING_BANDS', field: 'scenarios[2].amountBand', scenarioId: 'de-middle' },
      { code: 'OVERLAPPING_BANDS', field: 'scenarios[2].amountBand', scenarioId: 'de-middle' },
    ]);
  });

  it('reports two scenarios with the very same bands', () => {
    expect(codes([small, standard, aScenario('de-small-bis', { minEurMinor: 0n, maxEurMinor: 50_000n })])).toEqual([
      { code: 'DUPLICATE_BANDS', field: 'scenarios[2].amountBand', scenarioId: 'de-small-bis' },
    ]);
  });

  it('reports a scenario id used twice', () => {
    expect(codes([small, standard, aScenario('de-small', { minEurMinor: 0n, maxEurMinor: 10n }, undefined, { debtorKind: 'B2B' })]).filter((problem) => problem.code === 'DUPLICATE_SCENARIO_ID')).toEqual([
      { code: 'DUPLICATE_SCENARIO_ID', field: 'scenarios[2].id', scenarioId: 'de-small' },
    ]);
  });

  it('reports a gap in amounts and a gap in scores, saying where', () => {
    const gappy = [aScenario('de-small', { minEurMinor: 0n, maxEurMinor: 40_000n }), aScenario('de-standard', { minEurMinor: 50_000n }, { min: 0, max: 79 })];
    expect(validateScenarioSet(gappy, { requiredPairs: DE_B2C }).map((problem) => problem.message)).toEqual([
      'no scenario for DE B2C with a balance of EUR 400.00 to under 500.00 and a score of 0 to 79',
      'no scenario for DE B2C with a balance of EUR 400.00 to under 500.00 and a score of 80 to 100',
      'no scenario for DE B2C with a balance of EUR 500.00 or more and a score of 80 to 100',
    ]);
  });

  it('reports a gap at the bottom of the amounts and a single missing score', () => {
    expect(coverageGaps([aScenario('x', { minEurMinor: 100n }, { min: 0, max: 99 })])).toEqual([
      { amounts: 'EUR 0.00 to under 1.00', scores: '0 to 99' },
      { amounts: 'EUR 0.00 to under 1.00', scores: '100' },
      { amounts: 'EUR 1.00 or more', scores: '100' },
    ]);
  });

  it('reports a required country and kind with no scenario, and checks every pair by default', () => {
    expect(codes([])).toEqual([{ code: 'MISSING_SCENARIO', field: 'scenarios', scenarioId: undefined }]);
    expect(validateScenarioSet([small, standard]).filter((problem) => problem.code === 'MISSING_SCENARIO')).toHaveLength(15);
  });

  it('passes each scenario\'s own problems on, under its index, and leaves a broken band out of the geometry', () => {
    const broken = aScenario('de-broken', { minEurMinor: 10n, maxEurMinor: 5n });
    expect(codes([small, standard, broken])).toEqual([{ code: 'INVALID_AMOUNT_BAND', field: 'scenarios[2].amountBand.maxEurMinor', scenarioId: 'de-broken' }]);
  });

  it('checks each scenario against the policy in force for its country and kind', () => {
    const withCall = aScenario('de-call', { minEurMinor: 0n }, undefined, {
      steps: [
        { id: 'call', kind: 'CALL', delayDays: 0, stage: 'REMINDERS' },
        { id: 'evaluation', kind: 'EVALUATION', delayDays: 0, stage: 'EVALUATION' },
      ],
    });
    const problems = validateScenarioSet([withCall], {
      requiredPairs: DE_B2C,
      policyFor: (country, debtorKind) => ({ id: `${country}-${debtorKind}@2024-01-01`, country, debtorKind, contactWindows: [], forbiddenSteps: [] }),
    });
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([['scenarios[0].steps[0].kind', 'CHANNEL_NOT_IN_POLICY']]);
  });
});
