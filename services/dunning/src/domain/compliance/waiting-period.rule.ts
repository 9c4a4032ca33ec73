import type { AssumedReceipt, CollectionPolicy, WaitingPeriod } from '../policy';
import { CHANNEL_OF_STEP, type ContactChannel, type StepKind } from '../steps';
import type { DayCounter } from './day-count';
import type { GuardRule } from './guard-rule';
import { localDateOf, localTimeOf, plusDays, startOfLocalDay } from './local-days';

/** A step of this case that was sent. */
export interface SentStep {
  stepKind: StepKind;
  at: Date;
  /** The channel it went out on, when not the step's usual one (decides the assumed receipt). */
  channel?: ContactChannel;
}

const SAME_DAY: AssumedReceipt = { days: 0, unit: 'calendar' };

/**
 * When a step that waits on `anchor` becomes lawful: the receipt day R is the sending day (local)
 * plus the assumed receipt for the anchor's channel; the period is the `days` counted after R; the
 * step is lawful from local midnight after its last day, in every zone of the debtor (the latest).
 */
export function waitEndsAt(period: WaitingPeriod, anchor: SentStep, zones: readonly string[], counter: DayCounter): number {
  const channel = anchor.channel ?? CHANNEL_OF_STEP[anchor.stepKind];
  const receipt =
    (channel === undefined ? undefined : period.receipt?.[channel]) ??
    (channel === 'LETTER' && period.assumedReceiptDays !== undefined ? { days: period.assumedReceiptDays, unit: period.unit } : SAME_DAY);
  let ends = Number.NEGATIVE_INFINITY;
  for (const zone of zones) {
    const received = counter.after(localDateOf(anchor.at.getTime(), zone), receipt.days, receipt.unit);
    const lastDay = counter.after(received, period.days, period.unit);
    ends = Math.max(ends, startOfLocalDay(plusDays(lastDay, 1), zone));
  }
  return ends;
}

/**
 * One rule per waiting period the step is subject to. Its anchors are the case's sent steps of the
 * period's kinds (only the first, unless `occurrence: 'each'`); a candidate at or after an anchor
 * and before that anchor's wait ends moves to the end (the latest, when several are open).
 */
export function waitingPeriodRules(policy: CollectionPolicy, stepKind: StepKind, sentSteps: readonly SentStep[], zones: readonly string[], counter: DayCounter): GuardRule[] {
  return policy.waitingPeriods
    .filter((period) => period.before.includes(stepKind))
    .map((period) => {
      const kinds = new Set<StepKind>([period.after, ...(period.orAfter ?? [])]);
      const anchors = sentSteps.filter((step) => kinds.has(step.stepKind)).sort((a, b) => a.at.getTime() - b.at.getTime());
      const counted = period.occurrence === 'each' ? anchors : anchors.slice(0, 1);
      const waits = counted.map((anchor) => ({ anchor, from: anchor.at.getTime(), until: waitEndsAt(period, anchor, zones, counter) }));
      const rule: GuardRule = (instant) => {
        const open = waits.filter((wait) => wait.from <= instant && instant < wait.until);
        if (open.length === 0) return undefined;
        const binding = open.reduce((a, b) => (b.until > a.until ? b : a));
        return {
          to: binding.until,
          ruleId: period.ruleId,
          reason: `${stepKind} waits ${period.days} ${period.unit} day(s) after the ${binding.anchor.stepKind} sent ${localTimeOf(binding.from, zones[0])}: lawful from ${localTimeOf(binding.until, zones[0])}`,
        };
      };
      return rule;
    });
}
