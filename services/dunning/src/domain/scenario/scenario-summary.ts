import { formatEurMinor } from '../scoring/eur-equivalent';
import { type Scenario, type ScenarioStep, stepDays } from './scenario';

/** `day 0 LETTER first-reminder → day 18 CALL phone-follow-up → …`: a track as people read it. */
export function describeTrack(steps: readonly ScenarioStep[]): string {
  const days = stepDays(steps);
  return steps.map((step, index) => `day ${days[index]} ${step.kind} ${step.id}${step.conditions ? ` (${describeConditions(step)})` : ''}`).join(' → ');
}

/** `under EUR 500.00`, `EUR 500.00 and over`, `any amount`, `EUR 500.00 to under 2000.00`. */
export function describeAmountBand(scenario: Scenario): string {
  const { minEurMinor, maxEurMinor } = scenario.amountBand;
  if (maxEurMinor === undefined) return minEurMinor === 0n ? 'any amount' : `EUR ${formatEurMinor(minEurMinor)} and over`;
  return minEurMinor === 0n ? `under EUR ${formatEurMinor(maxEurMinor)}` : `EUR ${formatEurMinor(minEurMinor)} to under ${formatEurMinor(maxEurMinor)}`;
}

/** One Markdown table row: country, kind, amounts, scores, id, main track. */
export function scenarioSummaryRow(scenario: Scenario): string {
  const scores = `${scenario.scoreBand.min}–${scenario.scoreBand.max}`;
  return `| ${scenario.country} | ${scenario.debtorKind} | ${describeAmountBand(scenario)} | ${scores} | \`${scenario.id}\` | ${describeTrack(scenario.steps)} |`;
}

function describeConditions(step: ScenarioStep): string {
  const parts: string[] = [];
  if (step.conditions?.requiresChannel) parts.push(`needs ${step.conditions.requiresChannel}`);
  if (step.conditions?.onlyIfNoPaymentSinceStart) parts.push('only if nothing paid');
  return parts.join(', ');
}
