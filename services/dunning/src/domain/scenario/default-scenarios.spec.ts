import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_POLICIES, policyFor } from '../policy';
import { POLICY_COUNTRIES } from '../steps';
import { DEFAULT_SCENARIOS } from './default-scenarios';
import { MAX_TRACK_SPAN_DAYS, trackSpanDays } from './scenario';
import { describeTrack, scenarioSummaryRow } from './scenario-summary';
import { selectScenario } from './select-scenario';
import { coverageGaps, validateScenarioSet } from './validate-scenario-set';
import { validateScenario } from './validate-scenario';

describe('DEFAULT_SCENARIOS', () => {
  it.each(DEFAULT_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s validates', (_, scenario) => {
    expect(validateScenario(scenario)).toEqual([]);
  });

  it('form a valid set: unique ids, no overlap, every country and kind covered', () => {
    expect(validateScenarioSet(DEFAULT_SCENARIOS)).toEqual([]);
  });

  it('are lawful under every shipped policy version of their country and kind (no forbidden step, no channel without a window)', () => {
    for (const policy of ALL_POLICIES) {
      const scenarios = DEFAULT_SCENARIOS.filter((scenario) => scenario.country === policy.country && scenario.debtorKind === policy.debtorKind);
      expect(scenarios.length).toBeGreaterThan(0);
      for (const scenario of scenarios) expect(validateScenario(scenario, policy)).toEqual([]);
    }
    expect(validateScenarioSet(DEFAULT_SCENARIOS, { policyFor: (country, debtorKind) => policyFor(country, debtorKind, '2026-01-01') })).toEqual([]);
  });

  it.each(POLICY_COUNTRIES.flatMap((country) => (['B2C', 'B2B'] as const).map((debtorKind) => [country, debtorKind] as const)))(
    '%s %s: every balance and every score has a scenario',
    (country, debtorKind) => {
      const group = DEFAULT_SCENARIOS.filter((scenario) => scenario.country === country && scenario.debtorKind === debtorKind);
      expect(group.length).toBeGreaterThan(0);
      expect(coverageGaps(group)).toEqual([]);
      for (const amount of [0n, 49_999n, 50_000n, 10n ** 15n]) {
        for (const score of [0, 29, 30, 100]) expect(() => selectScenario(DEFAULT_SCENARIOS, { country, debtorKind, amountEurMinor: amount, score })).not.toThrow();
      }
    },
  );

  it('follow the typical order: a letter first, the formal notice after the reminders, an evaluation last, within 120 days', () => {
    for (const scenario of DEFAULT_SCENARIOS) {
      expect(scenario.steps[0].kind).toBe('LETTER');
      const kinds = scenario.steps.map((step) => step.kind);
      expect(kinds.indexOf('FORMAL_NOTICE')).toBeGreaterThan(kinds.indexOf('CALL'));
      expect(kinds.at(-1)).toBe('EVALUATION');
      expect(trackSpanDays(scenario.steps)).toBeLessThanOrEqual(MAX_TRACK_SPAN_DAYS);
      expect(trackSpanDays(scenario.planBreachSteps)).toBeLessThanOrEqual(MAX_TRACK_SPAN_DAYS);
    }
  });

  it('visit homes only for consumers, only where the policy allows it, and only with an address and nothing paid', () => {
    for (const scenario of DEFAULT_SCENARIOS) {
      for (const step of [...scenario.steps, ...scenario.planBreachSteps].filter((candidate) => candidate.kind === 'VISIT')) {
        expect(scenario.debtorKind).toBe('B2C');
        expect(policyFor(scenario.country, scenario.debtorKind, '2026-01-01').forbiddenSteps).not.toContain('VISIT');
        expect(step.conditions).toEqual({ requiresChannel: 'LETTER', onlyIfNoPaymentSinceStart: true });
      }
    }
    expect(DEFAULT_SCENARIOS.some((scenario) => scenario.steps.some((step) => step.kind === 'VISIT'))).toBe(true);
  });

  it('give small consumer claims fewer steps than larger ones', () => {
    for (const country of POLICY_COUNTRIES) {
      const small = selectScenario(DEFAULT_SCENARIOS, { country, debtorKind: 'B2C', amountEurMinor: 10_000n, score: 50 });
      const standard = selectScenario(DEFAULT_SCENARIOS, { country, debtorKind: 'B2C', amountEurMinor: 100_000n, score: 50 });
      expect(small.steps.length).toBeLessThan(standard.steps.length);
    }
  });

  it('are listed, step by step and day by day, in README.md', () => {
    const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
    for (const scenario of DEFAULT_SCENARIOS) {
      expect(readme).toContain(scenarioSummaryRow(scenario));
      expect(readme).toContain(describeTrack(scenario.planBreachSteps));
    }
  });
});
