import fc from 'fast-check';
import type { AmountBand, Scenario, ScoreBand } from './scenario';
import { NoScenarioMatchesError, ScenarioCriteriaInvalidError } from './scenario.errors';
import { selectScenario } from './select-scenario';

function aScenario(id: string, amountBand: AmountBand, scoreBand: ScoreBand = { min: 0, max: 100 }, overrides: Partial<Scenario> = {}): Scenario {
  return {
    id,
    version: 1,
    name: id,
    country: 'FR',
    debtorKind: 'B2C',
    amountBand,
    scoreBand,
    steps: [{ id: 'evaluation', kind: 'EVALUATION', delayDays: 0, stage: 'EVALUATION' }],
    planBreachSteps: [{ id: 'plan-breach-evaluation', kind: 'EVALUATION', delayDays: 0, stage: 'EVALUATION' }],
    ...overrides,
  };
}

const criteria = (amountEurMinor: bigint, score = 50) => ({ country: 'FR', debtorKind: 'B2C' as const, amountEurMinor, score });

describe('selectScenario', () => {
  const small = aScenario('fr-small', { minEurMinor: 0n, maxEurMinor: 50_000n });
  const standard = aScenario('fr-standard', { minEurMinor: 50_000n });
  const standardLow = aScenario('fr-standard-low', { minEurMinor: 50_000n }, { min: 0, max: 29 });
  const business = aScenario('fr-b2b', { minEurMinor: 0n }, undefined, { debtorKind: 'B2B' });
  const belgian = aScenario('be-small', { minEurMinor: 0n, maxEurMinor: 50_000n }, undefined, { country: 'BE' });
  const set = [belgian, business, standard, small, standardLow];

  it.each([
    [0n, 50, 'fr-small'],
    [49_999n, 50, 'fr-small'],
    [50_000n, 50, 'fr-standard'],
    [10n ** 12n, 100, 'fr-standard'],
    [50_000n, 29, 'fr-standard-low'],
    [50_000n, 30, 'fr-standard'],
    [70_000n, 0, 'fr-standard-low'],
    [100n, 0, 'fr-small'],
  ])('a balance of %p euro cents with score %p gets %s', (amount, score, expected) => {
    expect(selectScenario(set, criteria(amount, score)).id).toBe(expected);
  });

  it('only looks at the debtor\'s country and kind', () => {
    expect(selectScenario(set, { ...criteria(100n), debtorKind: 'B2B' }).id).toBe('fr-b2b');
    expect(selectScenario(set, { ...criteria(100n), country: 'BE' }).id).toBe('be-small');
  });

  describe('the most specific of several matches', () => {
    const everything = aScenario('a-everything', { minEurMinor: 0n });
    const bounded = aScenario('z-bounded', { minEurMinor: 0n, maxEurMinor: 10n ** 9n });
    const narrow = aScenario('m-narrow', { minEurMinor: 10_000n, maxEurMinor: 20_000n });
    const narrowScores = aScenario('y-narrow-scores', { minEurMinor: 10_000n, maxEurMinor: 20_000n }, { min: 40, max: 60 });

    it('prefers a bounded amount band to an unbounded one', () => {
      expect(selectScenario([everything, bounded], criteria(100n)).id).toBe('z-bounded');
    });

    it('prefers the narrower amount band, then the narrower score band', () => {
      expect(selectScenario([everything, bounded, narrow], criteria(15_000n)).id).toBe('m-narrow');
      expect(selectScenario([everything, narrow, narrowScores], criteria(15_000n, 50)).id).toBe('y-narrow-scores');
      expect(selectScenario([everything, narrow, narrowScores], criteria(15_000n, 61)).id).toBe('m-narrow');
    });

    it('breaks a tie of equal widths by the higher floor, then by id, then by the higher version', () => {
      const lower = aScenario('b-lower', { minEurMinor: 0n, maxEurMinor: 20_000n });
      const higher = aScenario('c-higher', { minEurMinor: 10_000n, maxEurMinor: 30_000n });
      expect(selectScenario([lower, higher], criteria(15_000n)).id).toBe('c-higher');

      const twinA = aScenario('twin-a', { minEurMinor: 0n });
      const twinB = aScenario('twin-b', { minEurMinor: 0n });
      expect(selectScenario([twinB, twinA], criteria(1n)).id).toBe('twin-a');

      const v1 = aScenario('twin-a', { minEurMinor: 0n });
      const v2 = { ...v1, version: 2 };
      expect(selectScenario([v1, v2], criteria(1n)).version).toBe(2);
    });

    it('answers the same whatever the order of the list', () => {
      const pool = [everything, bounded, narrow, narrowScores, small, standard, standardLow, aScenario('twin', { minEurMinor: 0n }), aScenario('twin', { minEurMinor: 0n }, undefined, { version: 3 })];
      fc.assert(
        fc.property(fc.shuffledSubarray(pool, { minLength: 1 }), fc.bigInt(0n, 100_000n), fc.integer({ min: 0, max: 100 }), (scenarios, amount, score) => {
          const select = (list: Scenario[]) => {
            try {
              const chosen = selectScenario(list, criteria(amount, score));
              return `${chosen.id}@${chosen.version}`;
            } catch (error) {
              return error instanceof NoScenarioMatchesError ? 'none' : 'other';
            }
          };
          expect(select([...scenarios].reverse())).toBe(select(scenarios));
        }),
      );
    });
  });

  it('fails with NoScenarioMatchesError when nothing matches', () => {
    expect(() => selectScenario([small], criteria(50_000n))).toThrow(NoScenarioMatchesError);
    expect(() => selectScenario([], criteria(0n))).toThrow(expect.objectContaining({ code: 'DUNNING.NO_SCENARIO_MATCHES', category: 'not_found' }));
  });

  it.each([
    [criteria(-1n), 'amountEurMinor'],
    [criteria(1n, 101), 'score'],
    [criteria(1n, 49.5), 'score'],
  ])('rejects criteria out of range (%p)', (bad, field) => {
    expect(() => selectScenario(set, bad)).toThrow(ScenarioCriteriaInvalidError);
    expect(() => selectScenario(set, bad)).toThrow(expect.objectContaining({ details: [expect.objectContaining({ field })] }));
  });
});
