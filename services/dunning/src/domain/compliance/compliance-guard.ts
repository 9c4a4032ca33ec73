import { POLICY_RULE_IDS, type CollectionPolicy } from '../policy';
import { CHANNEL_OF_STEP, type ContactChannel, type StepKind } from '../steps';
import { GuardRequestInvalidError, NoLawfulInstantError } from './compliance.errors';
import { contactWindowRule } from './contact-window.rule';
import { DayCounter } from './day-count';
import { frequencyCapRules, type ContactRecord } from './frequency-cap.rule';
import type { GuardRule } from './guard-rule';
import { holidayCalendar } from './holiday-calendar';
import { DAY_MS, isValidZone } from './local-days';
import { waitingPeriodRules, type SentStep } from './waiting-period.rule';

export type { ContactRecord } from './frequency-cap.rule';
export type { SentStep } from './waiting-period.rule';

/** An action the plan wants to take, and the earliest instant it wants it. */
export interface GuardRequest {
  stepKind: StepKind;
  /** The channel it goes out on; defaults to the step's usual channel (an evaluation has none). */
  channel?: ContactChannel;
  caseId: string;
  debtorId: string;
  /** The UTC instant the plan wants; the decision is never earlier. */
  earliest: Date;
}

export interface GuardContext {
  /** The policy in force for the debtor (policyFor). */
  policy: CollectionPolicy;
  /** The debtor's IANA zone, or every zone the debtor may be in (timeZonesOf): hours must hold in all. */
  timeZone: string | readonly string[];
  /** The debtor's region (US state, DE Land, …) for regional holidays; absent: every region's holidays. */
  region?: string;
  /** Past contacts with the same debtor, across all cases. */
  history: readonly ContactRecord[];
  /** Steps of this case already sent. */
  sentSteps: readonly SentStep[];
}

export interface GuardMove {
  ruleId: string;
  reason: string;
  from: Date;
  to: Date;
}

export type GuardDecision =
  /** Lawful at `at` (≥ earliest); `moved` says which rules pushed it there, in order. */
  | { status: 'scheduled'; at: Date; moved: GuardMove[]; policyId: string }
  /** Never lawful under this policy: the step is not sent. */
  | { status: 'forbidden'; ruleId: string; reason: string; policyId: string };

/** Rule passes before giving up (each pass that changes anything moves the instant forward). */
const MAX_PASSES = 1000;
/** How far the instant may move before the guard gives up. */
const MAX_DELAY_MS = 400 * DAY_MS;

/**
 * The next lawful instant for the action: at or after `earliest`, inside a contact window of the
 * channel in the debtor's local time (every zone given), not on a day off, under every frequency
 * cap given the debtor's history across cases, after every conversation cool-down and outside every
 * waiting period of the case. Each rule that fails moves the instant to the next instant it could
 * hold; the rules are applied again until all hold at once, so the action is never sent early and
 * never dropped. A forbidden step (or a channel without any window) is answered `forbidden`.
 *
 * Pure and deterministic: no clock, no I/O; the same request and context give the same decision,
 * and asking again at the decided instant gives that instant back.
 * @throws GuardRequestInvalidError on a malformed request; NoLawfulInstantError when no instant
 *   within 400 days satisfies every rule.
 */
export function nextLawfulInstant(request: GuardRequest, context: GuardContext): GuardDecision {
  const { policy } = context;
  const zones = checkedZones(context.timeZone);
  checkInstants(request, context);

  if (policy.forbiddenSteps.includes(request.stepKind)) {
    const ruleId = policy.forbiddenBecause[request.stepKind] ?? 'forbidden-step';
    return { status: 'forbidden', ruleId, reason: `${request.stepKind} is forbidden for ${policy.country} ${policy.debtorKind} debtors`, policyId: policy.id };
  }
  const channel = request.channel ?? CHANNEL_OF_STEP[request.stepKind];
  if (channel !== undefined && !policy.contactWindows.some((window) => window.channel === channel)) {
    return { status: 'forbidden', ruleId: POLICY_RULE_IDS.noContactWindow, reason: `${policy.id} never allows contact by ${channel}`, policyId: policy.id };
  }

  const calendar = holidayCalendar(policy.country, context.region, policy.holidayTypes);
  const rules: GuardRule[] = [
    ...waitingPeriodRules(policy, request.stepKind, context.sentSteps, zones, new DayCounter(policy, calendar)),
    ...(channel === undefined ? [] : frequencyCapRules(policy, channel, context.history, zones)),
    ...(channel === undefined ? [] : [contactWindowRule(policy, channel, zones, calendar)]),
  ];

  const earliest = request.earliest.getTime();
  let instant = earliest;
  const moved: GuardMove[] = [];
  for (let pass = 0; ; pass++) {
    if (pass >= MAX_PASSES || instant - earliest > MAX_DELAY_MS) {
      throw new NoLawfulInstantError(`no lawful instant for ${request.stepKind} of case ${request.caseId} under ${policy.id} within bounds (${moved.length} moves)`);
    }
    let changed = false;
    for (const rule of rules) {
      const move = rule(instant);
      if (move === undefined) continue;
      if (!(move.to > instant)) throw new NoLawfulInstantError(`rule ${move.ruleId} did not move ${request.stepKind} forward`);
      moved.push({ ruleId: move.ruleId, reason: move.reason, from: new Date(instant), to: new Date(move.to) });
      instant = move.to;
      changed = true;
    }
    if (!changed) return { status: 'scheduled', at: new Date(instant), moved, policyId: policy.id };
  }
}

function checkedZones(timeZone: string | readonly string[]): string[] {
  const zones = typeof timeZone === 'string' ? [timeZone] : [...timeZone];
  if (zones.length === 0) throw new GuardRequestInvalidError('at least one time zone is needed');
  const invalid = zones.filter((zone) => !isValidZone(zone));
  if (invalid.length > 0) throw new GuardRequestInvalidError(`unknown time zone(s): ${invalid.join(', ')}`);
  return zones;
}

function checkInstants(request: GuardRequest, context: GuardContext): void {
  const valid = (date: Date) => date instanceof Date && Number.isFinite(date.getTime());
  if (!valid(request.earliest)) throw new GuardRequestInvalidError('earliest is not a valid instant');
  if (!context.history.every((contact) => valid(contact.at))) throw new GuardRequestInvalidError('a history contact has no valid instant');
  if (!context.sentSteps.every((step) => valid(step.at))) throw new GuardRequestInvalidError('a sent step has no valid instant');
}
