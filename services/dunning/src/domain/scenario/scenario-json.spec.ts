import { DEFAULT_SCENARIOS } from './default-scenarios';
import { ScenarioInvalidError } from './scenario.errors';
import { scenarioFromJson, toScenarioJson } from './scenario-json';

const problemsOf = (json: unknown) => {
  try {
    scenarioFromJson(json);
  } catch (error) {
    if (error instanceof ScenarioInvalidError) return error.details.map(({ field, code }) => `${field} ${code}`);
    throw error;
  }
  return [];
};

describe('scenario JSON form', () => {
  it('survives JSON.stringify and JSON.parse for every default scenario, amounts as strings', () => {
    for (const scenario of DEFAULT_SCENARIOS) {
      const json = JSON.parse(JSON.stringify(toScenarioJson(scenario)));
      expect(typeof json.amountBand.minEurMinor).toBe('string');
      expect(scenarioFromJson(json)).toEqual(scenario);
    }
  });

  it('writes an unbounded band without a max', () => {
    const standard = DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'fr-b2c-standard')!;
    expect(toScenarioJson(standard).amountBand).toEqual({ minEurMinor: '50000' });
  });

  it('does not share objects with the scenario it came from', () => {
    const scenario = DEFAULT_SCENARIOS[0];
    const json = toScenarioJson(scenario);
    json.steps[0].delayDays = 99;
    json.scoreBand.max = 1;
    expect(scenario.steps[0].delayDays).toBe(0);
    expect(scenario.scoreBand.max).toBe(100);
  });

  it('rejects what is not an object', () => {
    expect(problemsOf([])).toEqual([' NOT_AN_OBJECT']);
    expect(problemsOf(null)).toEqual([' NOT_AN_OBJECT']);
  });

  it('rejects amounts that are not decimal strings of cents, and lists every problem', () => {
    const json = JSON.parse(JSON.stringify(toScenarioJson(DEFAULT_SCENARIOS[0])));
    json.amountBand = { minEurMinor: 0, maxEurMinor: '5e4' };
    json.steps[1].delayDays = -1;
    json.extra = true;
    expect(problemsOf(json)).toEqual(['extra UNKNOWN_FIELD', 'amountBand.minEurMinor INVALID_AMOUNT_BAND', 'steps[1].delayDays NEGATIVE_DELAY']);
  });

  it('rejects a leading zero or a sign in an amount', () => {
    for (const bad of ['007', '-1', '+1', ' 1', '1.0']) {
      const json = JSON.parse(JSON.stringify(toScenarioJson(DEFAULT_SCENARIOS[0])));
      json.amountBand.minEurMinor = bad;
      expect(problemsOf(json)).toEqual(['amountBand.minEurMinor INVALID_AMOUNT_BAND']);
    }
  });
});
