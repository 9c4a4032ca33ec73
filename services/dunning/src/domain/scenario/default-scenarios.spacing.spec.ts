import { type ContactRecord, nextLawfulInstant, type SentStep } from '../compliance';
import { policyFor } from '../policy';
import { CHANNEL_OF_STEP } from '../steps';
import { DEFAULT_SCENARIOS } from './default-scenarios';
import type { Scenario, ScenarioStep } from './scenario';

const DAY_MS = 86_400_000;
/** A waiting period may move a step by a weekend or a holiday, not by more: then the spacing disagrees with the law. */
const TOLERATED_WAIT_DAYS = 3;

/**
 * Runs a track through the compliance guard as the case plan would (each delay counted from the
 * previous step's lawful instant) and returns the moves a waiting period made that are longer than tolerated.
 */
function longWaits(scenario: Scenario, steps: ScenarioStep[], from: Date, sent: SentStep[], history: ContactRecord[]): { end: Date; waits: string[] } {
  const policy = policyFor(scenario.country, scenario.debtorKind, from.toISOString().slice(0, 10));
  const waitRules = new Set(policy.waitingPeriods.map((period) => period.ruleId));
  const waits: string[] = [];
  let previous = from;
  for (const step of steps) {
    const earliest = new Date(previous.getTime() + step.delayDays * DAY_MS);
    const decision = nextLawfulInstant({ stepKind: step.kind, caseId: 'case-1', debtorId: 'debtor-1', earliest }, { policy, timeZone: policy.defaultTimeZone, history, sentSteps: sent });
    if (decision.status !== 'scheduled') {
      waits.push(`${step.id} is ${decision.status} (${decision.ruleId})`);
      continue;
    }
    for (const move of decision.moved) {
      const days = (move.to.getTime() - move.from.getTime()) / DAY_MS;
      if (waitRules.has(move.ruleId) && days > TOLERATED_WAIT_DAYS) waits.push(`${step.id} moved ${days.toFixed(1)} days by ${move.ruleId}`);
    }
    sent.push({ stepKind: step.kind, at: decision.at });
    const channel = CHANNEL_OF_STEP[step.kind];
    if (channel) history.push({ channel, at: decision.at, caseId: 'case-1' });
    previous = decision.at;
  }
  return { end: previous, waits };
}

describe('DEFAULT_SCENARIOS against their policies and the compliance guard', () => {
  // A Monday in spring and a Friday before the year-end holidays.
  it.each(DEFAULT_SCENARIOS.flatMap((scenario) => ['2026-03-02T09:00:00Z', '2026-11-20T09:00:00Z'].map((start) => [scenario.id, start, scenario] as const)))(
    '%s from %s: no step waits on the law for more than a few days, plan breach included',
    (_, start, scenario) => {
      const sent: SentStep[] = [];
      const history: ContactRecord[] = [];
      const main = longWaits(scenario, scenario.steps, new Date(start), sent, history);
      const breach = longWaits(scenario, scenario.planBreachSteps, new Date(main.end.getTime() + 10 * DAY_MS), sent, history);
      expect([...main.waits, ...breach.waits]).toEqual([]);
    },
  );
});
