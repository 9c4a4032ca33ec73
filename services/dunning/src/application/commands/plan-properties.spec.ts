import { FixedClock } from '@collections/clock';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { InMemoryDunning } from '../../../test/fakes/in-memory-dunning';
import { DomainPlaybook } from '../../adapters/playbook/domain-playbook';
import { CasePlan, type CaseFacts, type DebtorContacts, type PlanSnapshot, type Verdict } from '../../domain/case-plan/case-plan';
import { policyFor, timeZonesOf, type AssumedReceipt, type CollectionPolicy, type WaitingPeriod } from '../../domain/policy';
import { CHANNEL_OF_STEP, type DebtorKind, type PolicyCountry } from '../../domain/steps';
import type { StepAction } from '../ports/dunning-publisher.port';
import type { SentAction } from '../ports/plan-store.port';
import type { Playbook } from '../ports/playbook.port';
import { fireDueSteps } from './fire-due-steps';
import { react, type Reaction } from './react';
import { daysOff } from '../../../test/support/holiday-oracle';

/**
 * Property tests of the application layer (react + carryOutEffects + fireDueSteps) over the
 * in-memory stores, with random cases, random event sequences delivered out of order and twice,
 * and random clock moves each followed by draining the scanner:
 *   1. safety: every step sent is lawful (contact window, holidays, frequency caps across the
 *      debtor's cases, waiting periods of its case) and never sent for a closed or paused plan;
 *   2. liveness: 200 more days in 6-hour steps leave every case closed, paused by a cause that
 *      never ended, or at the end of its track;
 *   3. order independence: the same multiset of commuting events in two orders gives the same plan.
 * Each event is mapped to its CasePlan reaction exactly as adapters/messaging/case-events.consumer.ts
 * does (replicated below as plain functions). The oracles use luxon and date-holidays directly.
 *
 * The properties found four bugs, fixed since; each has a fixed scenario at the end of the file:
 *   1. a second instalment plan's break was ignored once on the breach track;
 *   2. contact hours were checked in the debtor's principal zone only (a US state spans two);
 *   3. a step riding along in another case's letter was checked under that case's policy, without its
 *      own usable channels or merge rules;
 *   4. a creditor's release named no hold, so it was neither idempotent nor commutative.
 */

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Fixed, so a run is reproducible; PLAN_PROPERTY_SEED=… searches elsewhere. */
const SEED = Number(process.env.PLAN_PROPERTY_SEED ?? 20_260_302);
/** Runs per property (each of 1–3); the defaults keep the file within seconds. A deeper search: PLAN_PROPERTY_RUNS=1000 npx jest … */
const RUNS = Number(process.env.PLAN_PROPERTY_RUNS ?? 0);
const runs = (fallback: number) => (RUNS > 0 ? RUNS : fallback);

const COUNTRIES = ['BE', 'FR', 'ES', 'NL', 'DE', 'SE', 'GB', 'US'] as const satisfies readonly PolicyCountry[];
const REGIONS: Record<PolicyCountry, Array<string | undefined>> = {
  BE: [undefined],
  FR: [undefined],
  ES: [undefined, 'MD', 'CN'],
  NL: [undefined],
  DE: [undefined, 'BY'],
  SE: [undefined],
  GB: [undefined],
  US: ['CA', 'NY', 'TX', undefined],
};
const CURRENCY: Partial<Record<PolicyCountry, string>> = { GB: 'GBP', SE: 'SEK', US: 'USD' };
const SCREENED_CHANNELS = ['LETTER', 'EMAIL', 'SMS', 'PHONE'] as const;
type ScreenedChannel = (typeof SCREENED_CHANNELS)[number];
/** Grace after a promised payment date before dunning resumes (as the consumer). */
const PROMISE_GRACE_DAYS = 3;

// ---- the world: debtors, cases, events ----------------------------------------------------------

interface Debtor {
  id: string;
  country: PolicyCountry;
  region?: string;
}

interface CaseSpec {
  caseId: string;
  debtor: number;
  creditorId: string;
  kind: DebtorKind;
  principalMinor: bigint;
  channels: ScreenedChannel[];
  ageDays: number;
}

interface World {
  start: number;
  debtors: Debtor[];
  cases: CaseSpec[];
}

type CaseEvent =
  | { type: 'opened'; c: number }
  | { type: 'screened'; c: number; verdict: Verdict }
  | { type: 'disputeOpened'; c: number; id: string }
  | { type: 'disputeResolved'; c: number; id: string; cancelled: boolean }
  | { type: 'planAgreed'; c: number; id: string }
  | { type: 'planBroken'; c: number; id: string }
  | { type: 'promise'; c: number; id: string; payByDays: number }
  | { type: 'payment'; c: number; id: string; amountMinor: bigint }
  | { type: 'wrongNumber'; c: number }
  | { type: 'hold'; c: number; id: string }
  | { type: 'release'; c: number; id: string }
  | { type: 'withdrawn'; c: number }
  | { type: 'paidInFull'; c: number }
  /** The creditor's answer to the case's latest recommendation (the evaluation's), read from the events the plan emitted. */
  | { type: 'creditorAnswers'; c: number; answer: 'continue' | 'refuseLegalAction' | 'acceptClosure' | 'consentLegalAction' };

interface Delivery {
  event: CaseEvent;
  advanceMs: number;
}

const isoDate = (instant: number) => new Date(instant).toISOString().slice(0, 10);
const payByOf = (world: World, event: { payByDays: number }) => isoDate(world.start + event.payByDays * DAY);
/** The instant the promise's pause lifts itself: the promised date plus the grace, 00:00 UTC (as the consumer and carryOutEffects). */
const promiseUntil = (world: World, event: { payByDays: number }) => Date.parse(`${payByOf(world, event)}T00:00:00Z`) + PROMISE_GRACE_DAYS * DAY;

function factsOf(world: World, spec: CaseSpec, now: Date): CaseFacts {
  const debtor = world.debtors[spec.debtor]!;
  return {
    creditorId: spec.creditorId,
    country: debtor.country,
    region: debtor.region,
    debtorKind: spec.kind,
    language: 'en',
    currency: CURRENCY[debtor.country] ?? 'EUR',
    principalMinor: spec.principalMinor,
    oldestDueDate: isoDate(world.start - spec.ageDays * DAY),
    invoices: [{ number: `INV-${spec.caseId}`, dueDate: isoDate(world.start - spec.ageDays * DAY), principalMinor: spec.principalMinor }],
    openedAt: now,
  };
}

function contactsOf(world: World, spec: CaseSpec): DebtorContacts {
  const debtor = world.debtors[spec.debtor]!;
  return {
    debtorIdentityId: debtor.id,
    channels: [...spec.channels],
    address: { lines: ['Main Street 1'], postalCode: '1000', locality: 'Town', ...(debtor.region ? { region: debtor.region } : {}), country: debtor.country },
    phones: spec.channels.includes('PHONE') || spec.channels.includes('SMS') ? ['+15555550100'] : [],
    emails: spec.channels.includes('EMAIL') ? ['debtor@example.com'] : [],
  };
}

/** As the consumer: the scenario for a plan that has both its facts and its contacts, chosen once. */
const withScenario = (plan: PlanSnapshot, playbook: Playbook, today: string) =>
  plan.facts && plan.contacts && !plan.scenario ? playbook.scenarioFor(plan.facts, plan.contacts, today) : undefined;

/** Each incoming event as the CasePlan reaction adapters/messaging/case-events.consumer.ts applies; `inReplyTo` for a creditor's answer. */
function reactionOf(world: World, event: CaseEvent, now: Date, inReplyTo: string): Reaction {
  const spec = world.cases[event.c]!;
  switch (event.type) {
    case 'opened': {
      const facts = factsOf(world, spec, now);
      return (plan, { playbook, today }) => {
        const opened = CasePlan.caseOpened(plan, facts);
        const scenario = withScenario(opened.plan, playbook, today);
        if (!scenario || !opened.plan.verdict) return opened;
        const screened = CasePlan.screened({ ...opened.plan }, opened.plan.verdict, opened.plan.contacts, scenario);
        return { plan: screened.plan, effects: [...opened.effects, ...screened.effects] };
      };
    }
    case 'screened': {
      const contacts = contactsOf(world, spec);
      return (plan, { playbook, today }) => CasePlan.screened(plan, event.verdict, contacts, withScenario({ ...plan, contacts }, playbook, today));
    }
    case 'withdrawn':
      return (plan) => CasePlan.close(plan, 'WITHDRAWN', 'withdrawn by the creditor: test');
    case 'hold':
      return (plan) => CasePlan.pause(plan, { kind: 'CREDITOR_HOLD', causeId: `hold:${event.id}` });
    case 'release':
      // The release answers its hold instruction (in_reply_to), as the consumer passes it on.
      return (plan) => CasePlan.releaseHold(plan, event.id, `hold:${event.id.replace(/^release-/, '')}`);
    case 'payment':
      // No value date on the event: the consumer takes today's.
      return (plan) => CasePlan.paymentReceived(plan, event.id, event.amountMinor, isoDate(now.getTime()));
    case 'paidInFull':
      return (plan) => CasePlan.paidInFull(plan);
    case 'planAgreed':
      return (plan) => CasePlan.pause(plan, { kind: 'PAYMENT_ARRANGEMENT', causeId: event.id });
    case 'planBroken':
      return (plan) => CasePlan.planBreached(plan, event.id);
    case 'disputeOpened':
      return (plan) => CasePlan.pause(plan, { kind: 'DISPUTE', causeId: event.id });
    case 'disputeResolved':
      return (plan) =>
        event.cancelled
          ? CasePlan.close(CasePlan.endPause(plan, event.id, 'dispute resolved').plan, 'CLOSED_ON_RECOMMENDATION', 'the dispute cancelled the claim')
          : CasePlan.endPause(plan, event.id, 'dispute resolved: debtor wrong');
    case 'wrongNumber':
      return (plan) => CasePlan.dropChannel(plan, 'PHONE');
    case 'promise': {
      const until = isoDate(promiseUntil(world, event));
      return (plan) => CasePlan.pause(plan, { kind: 'PROMISE_TO_PAY', causeId: `promise:${event.id}`, until });
    }
    case 'creditorAnswers':
      switch (event.answer) {
        case 'acceptClosure':
          return (plan) => CasePlan.close(plan, 'CLOSED_ON_RECOMMENDATION', 'the creditor accepted the closure recommendation');
        case 'consentLegalAction':
          return (plan) => CasePlan.close(plan, 'LEGAL_ACTION', 'the creditor consented to legal action: the amicable phase is over');
        case 'continue':
        case 'refuseLegalAction':
          return (plan) => CasePlan.continueCollection(plan, inReplyTo);
      }
  }
}

// ---- an independent model of what the events mean -----------------------------------------------

/**
 * What the events applied so far say about a case, written from their meaning rather than from
 * CasePlan: closed for good, or held by causes that have not ended. Used to say when a case must
 * not be contacted, and which pauses may still hold a plan at the end.
 */
class CaseModel {
  opened = false;
  verdict?: Verdict;
  closed = false;
  readonly disputesOpened = new Set<string>();
  readonly disputesResolved = new Set<string>();
  readonly plansAgreed = new Set<string>();
  readonly plansBroken = new Set<string>();
  breachTrack = false;
  /** Creditor holds in force, oldest first; a release lifts the hold it names. */
  readonly holds: string[] = [];
  readonly holdsEnded = new Set<string>();
  readonly promises: Array<{ id: string; appliedAt: number; until: number }> = [];
  /** Recommendations the plan emitted (its evaluation), and those the creditor answered by asking to continue. */
  readonly recommendations = new Set<string>();
  readonly recommendationsAnswered = new Set<string>();

  /** The plan emitted a recommendation: it waits for the creditor's answer. */
  recommended(recommendationId: string): void {
    if (!this.closed) this.recommendations.add(recommendationId);
  }

  apply(world: World, event: CaseEvent, now: number, inReplyTo: string): void {
    if (this.closed) return;
    switch (event.type) {
      case 'opened':
        this.opened = true;
        break;
      case 'screened':
        if (event.verdict === 'rejected') this.closed = true;
        else this.verdict = event.verdict;
        break;
      case 'withdrawn':
      case 'paidInFull':
        this.closed = true;
        break;
      case 'disputeOpened':
        this.disputesOpened.add(event.id);
        break;
      case 'disputeResolved':
        this.disputesResolved.add(event.id);
        if (event.cancelled) this.closed = true;
        break;
      case 'planAgreed':
        this.plansAgreed.add(event.id);
        break;
      case 'planBroken':
        this.plansBroken.add(event.id);
        this.breachTrack = true;
        break;
      case 'hold':
        if (!this.holds.includes(event.id) && !this.holdsEnded.has(event.id)) this.holds.push(event.id);
        break;
      case 'release': {
        // A release names its hold: it lifts that one, or cancels it if it comes later.
        const held = event.id.replace(/^release-/, '');
        const at = this.holds.indexOf(held);
        if (at >= 0) this.holds.splice(at, 1);
        this.holdsEnded.add(held);
        break;
      }
      case 'promise':
        this.promises.push({ id: event.id, appliedAt: now, until: promiseUntil(world, event) });
        break;
      case 'creditorAnswers':
        if (event.answer === 'acceptClosure' || event.answer === 'consentLegalAction') this.closed = true;
        else if (this.recommendations.has(inReplyTo) && !this.recommendationsAnswered.has(inReplyTo)) {
          this.recommendationsAnswered.add(inReplyTo);
          this.breachTrack = true;
        }
        break;
      case 'payment':
      case 'wrongNumber':
        break;
    }
  }

  /** Causes that certainly hold the case at `now` (a conservative list: none is a matter of order). */
  holdingCauses(now: number): string[] {
    return [
      ...(this.verdict === 'suspended' || this.verdict === 'needs_review' ? [`screening ${this.verdict}`] : []),
      ...[...this.disputesOpened].filter((id) => !this.disputesResolved.has(id)).map((id) => `dispute ${id}`),
      ...[...this.plansAgreed].filter((id) => !this.plansBroken.has(id)).map((id) => `payment plan ${id}`),
      ...this.holds.map((id) => `creditor hold ${id}`),
      ...this.promises.filter((promise) => promise.appliedAt < promise.until && now < promise.until).map((promise) => `promise ${promise.id}`),
      ...[...this.recommendations].filter((id) => !this.recommendationsAnswered.has(id)).map((id) => `awaiting the creditor's answer to ${id}`),
    ];
  }

  /** Whether a pause the plan still has at `now` is one whose cause never ended. */
  causeNeverEnded(pause: PlanSnapshot['pauses'][number], now: number): boolean {
    switch (pause.kind) {
      case 'SCREENING_SUSPENDED':
        return this.verdict === 'suspended';
      case 'SCREENING_REVIEW':
        return this.verdict === 'needs_review';
      case 'DISPUTE':
        return this.disputesOpened.has(pause.causeId) && !this.disputesResolved.has(pause.causeId);
      case 'PAYMENT_ARRANGEMENT':
        return this.plansAgreed.has(pause.causeId) && !this.plansBroken.has(pause.causeId);
      case 'CREDITOR_HOLD':
        return this.holds.includes(pause.causeId.slice('hold:'.length));
      case 'PROMISE_TO_PAY':
        return pause.until !== undefined && now < Date.parse(`${pause.until}T00:00:00Z`);
      case 'AWAITING_CREDITOR':
        return this.recommendations.has(pause.causeId) && !this.recommendationsAnswered.has(pause.causeId);
      default:
        return false;
    }
  }
}

// ---- the oracle for a sent step -----------------------------------------------------------------


const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The zones the debtor's local time is read in: every zone the debtor may be in (the compliance
 * README: "pass every zone the debtor may be in (timeZonesOf)").
 */
const zonesOf = (debtor: Debtor): string[] => timeZonesOf(debtor.country, debtor.region);

/** When a contact made at `at` stops counting in a `days`-day cap: days × 24 h later, and not before the start of the `days`-th local day after its own. */
function leavesCap(at: number, days: number, zones: readonly string[]): number {
  let leaves = at + days * DAY;
  for (const zone of zones) leaves = Math.max(leaves, DateTime.fromMillis(at, { zone }).startOf('day').plus({ days }).toMillis());
  return leaves;
}

/** The instant the step waiting on `anchor` becomes lawful under `period`, read from the policy's definition. */
function waitEndsAt(period: WaitingPeriod, anchor: SentAction, policy: CollectionPolicy, region: string | undefined, zones: readonly string[]): number {
  const channel = CHANNEL_OF_STEP[anchor.stepKind];
  const receipt: AssumedReceipt =
    (channel === undefined ? undefined : period.receipt?.[channel]) ??
    (channel === 'LETTER' && period.assumedReceiptDays !== undefined ? { days: period.assumedReceiptDays, unit: period.unit } : { days: 0, unit: 'calendar' });
  const off = daysOff(policy, region);
  const counts = (day: DateTime, unit: AssumedReceipt['unit']) => {
    if (unit === 'calendar') return true;
    const weekdays = unit === 'business' ? policy.workingDays : unit === 'bank' ? [1, 2, 3, 4, 5] : policy.postalDeliveryDays;
    return weekdays.includes(day.weekday) && !off.has(day.toISODate()!);
  };
  const after = (from: DateTime, days: number, unit: AssumedReceipt['unit']) => {
    let day = from;
    for (let counted = 0; counted < days; ) {
      day = day.plus({ days: 1 });
      if (counts(day, unit)) counted++;
    }
    return day;
  };
  let ends = Number.NEGATIVE_INFINITY;
  for (const zone of zones) {
    const sentOn = DateTime.fromMillis(anchor.at.getTime(), { zone }).startOf('day');
    const lastDay = after(after(sentOn, receipt.days, receipt.unit), period.days, period.unit);
    ends = Math.max(ends, lastDay.plus({ days: 1 }).startOf('day').toMillis());
  }
  return ends;
}

/**
 * How the oracle reads the law: the zones the debtor's local time is read in, and whose policy a
 * step riding along in another case's letter or e-mail (one debtor, one voice) must obey.
 */
interface Reading {
  zonesFor: (debtor: Debtor) => string[];
  /** `own`: the rider's case's policy, as the law reads; `lead`: the policy of the case it rides with. */
  riders: 'own' | 'lead';
}
/** The law's reading: every zone the debtor may be in, and a riding step under its own case's policy. */
const LAW: Reading = { zonesFor: zonesOf, riders: 'own' };

/**
 * Every sent step against the policy in force (a–d of property 1, and a rider's right to ride).
 */
function unlawfulSends(world: World, store: InMemoryDunning, reading: Reading): string[] {
  const sent = store.sent;
  // One debtor, one voice: a letter or e-mail that also carries other cases' steps is one contact; the
  // steps riding along are sent (their waits and hours hold) but are not contacts of their own.
  const leadOf = new Map(
    store.events.flatMap((event) => {
      const action = event.detail as StepAction | undefined;
      return (action?.merged ?? []).map((merged) => [merged.actionId, action!.plan.caseId] as const);
    }),
  );
  const problems: string[] = [];
  const specOf = new Map(world.cases.map((spec) => [spec.caseId, spec]));
  const policyOf = (spec: CaseSpec, at: number, zone: string) => policyFor(world.debtors[spec.debtor]!.country, spec.kind, DateTime.fromMillis(at, { zone }).toISODate()!);
  sent.forEach((action, index) => {
    const spec = specOf.get(action.caseId)!;
    const debtor = world.debtors[spec.debtor]!;
    const zones = reading.zonesFor(debtor);
    const at = action.at.getTime();
    const lead = leadOf.has(action.actionId) ? specOf.get(leadOf.get(action.actionId)!)! : undefined;
    const policy = policyOf(lead && reading.riders === 'lead' ? lead : spec, at, zones[0]!);
    const channel = CHANNEL_OF_STEP[action.stepKind];
    const what = `${action.caseId} ${action.stepId} (${action.stepKind}) sent ${action.at.toISOString()} under ${policy.id}${lead ? ` riding with ${lead.caseId}` : ''}`;
    if (lead) {
      // A rider goes out on its lead's letter only where its policy lets cases share one, on a channel screening found usable for it.
      if (!policy.mergeAllowed || (policy.mergeScope === 'same-creditor' && lead.creditorId !== spec.creditorId)) problems.push(`${what}: ${policy.id} does not let it share ${lead.caseId}'s ${channel}`);
      if (reading.riders === 'own' && channel !== undefined && !(spec.channels as string[]).includes(channel)) problems.push(`${what}: ${channel} is not a usable channel of ${spec.caseId}`);
    }
    if (action.channel !== channel) problems.push(`${what}: recorded on channel ${action.channel}, its step's channel is ${channel}`);
    if (action.debtorIdentityId !== debtor.id) problems.push(`${what}: recorded for debtor ${action.debtorIdentityId}, not ${debtor.id}`);
    if (channel !== undefined) {
      for (const zone of zones) {
        const local = DateTime.fromMillis(at, { zone });
        const minute = local.hour * 60 + local.minute + local.second / 60;
        // (a) a window of its channel; a letter (window 00:00–24:00 on working days) on a working day of the policy.
        const inWindow = policy.contactWindows.some((window) => window.channel === channel && window.weekdays.includes(local.weekday) && minutesOf(window.start) <= minute && minute < minutesOf(window.end));
        if (!inWindow) problems.push(`${what}: ${local.toFormat('ccc yyyy-MM-dd HH:mm')} ${zone} is outside every ${channel} window`);
        if (channel === 'LETTER' && !policy.workingDays.includes(local.weekday)) problems.push(`${what}: a letter posted on ${local.toFormat('cccc')}, not a working day`);
        // (b) not on a day off where the policy says so.
        if (policy.noContactOnPublicHolidays && daysOff(policy, debtor.region).has(local.toISODate()!)) problems.push(`${what}: ${local.toISODate()} is a holiday in ${zone}`);
      }
      // (c) every cap, counting the debtor's contacts on the channel across all their cases.
      for (const cap of policy.frequencyCaps.filter((candidate) => candidate.channel === channel)) {
        const counted = sent
          .slice(0, index + 1)
          .filter((other) => !leadOf.has(other.actionId) && other.debtorIdentityId === action.debtorIdentityId && other.channel === channel && other.at.getTime() <= at && at < leavesCap(other.at.getTime(), cap.windowDays, zones));
        if (counted.length > cap.max) {
          problems.push(`${what}: ${counted.length} ${channel} contacts with ${debtor.id} within ${cap.windowDays} day(s) (max ${cap.max}): ${counted.map((other) => `${other.caseId}@${other.at.toISOString()}`).join(', ')}`);
        }
      }
    }
    // (d) outside every waiting period of its case.
    for (const period of policy.waitingPeriods.filter((candidate) => candidate.before.includes(action.stepKind))) {
      const kinds = [period.after, ...(period.orAfter ?? [])];
      const anchors = sent.slice(0, index).filter((other) => other.caseId === action.caseId && kinds.includes(other.stepKind));
      for (const anchor of period.occurrence === 'each' ? anchors : anchors.slice(0, 1)) {
        const until = waitEndsAt(period, anchor, policy, debtor.region, zones);
        if (anchor.at.getTime() <= at && at < until) problems.push(`${what}: inside ${period.ruleId} after ${anchor.stepId} sent ${anchor.at.toISOString()}, lawful from ${new Date(until).toISOString()}`);
      }
    }
  });
  return problems;
}

// ---- running a world ----------------------------------------------------------------------------

class Simulation {
  readonly store = new InMemoryDunning();
  readonly playbook = new DomainPlaybook();
  readonly clock: FixedClock;
  readonly models: CaseModel[];
  /** (e) and the timer invariants, as they were broken. */
  readonly problems: string[] = [];

  constructor(readonly world: World) {
    this.clock = new FixedClock(new Date(world.start));
    this.models = world.cases.map(() => new CaseModel());
  }

  async deliver(event: CaseEvent): Promise<void> {
    const caseId = this.world.cases[event.c]!.caseId;
    const inReplyTo = this.recommendationsOf(caseId).at(-1) ?? 'no-recommendation';
    await react(this.store.transaction(), this.playbook, this.clock, caseId, reactionOf(this.world, event, this.clock.now(), inReplyTo));
    this.models[event.c]!.apply(this.world, event, this.clock.now().getTime(), inReplyTo);
  }

  /** The recommendations the case's evaluations emitted, oldest first. */
  recommendationsOf(caseId: string): string[] {
    return this.store.events
      .filter((event) => event.caseId === caseId && (event.type === 'ClosureRecommended' || event.type === 'LegalActionRecommended'))
      .map((event) => (event.detail as { recommendationId: string }).recommendationId);
  }

  /** Runs the scanner until nothing is due, checking every pass's sends against the plans as they were before it. */
  async drain(): Promise<void> {
    const now = this.clock.now().getTime();
    for (let pass = 0; pass < 200; pass++) {
      const before = new Map([...this.store.plans].map(([caseId, plan]) => [caseId, plan.state]));
      const sentBefore = this.store.sent.length;
      const report = await fireDueSteps(this.store.uow, this.playbook, this.clock);
      for (const action of this.store.sent.slice(sentBefore)) {
        const index = this.world.cases.findIndex((spec) => spec.caseId === action.caseId);
        const model = this.models[index]!;
        const what = `${action.caseId} ${action.stepId} sent ${action.at.toISOString()}`;
        // (e) never for a plan closed or paused at that instant: by what the events applied say ...
        if (model.closed) this.problems.push(`${what}: the case was closed`);
        if (!model.opened || model.verdict === undefined) this.problems.push(`${what}: before the case was opened and screened`);
        const holding = model.holdingCauses(now);
        if (holding.length > 0) this.problems.push(`${what}: the case was held by ${holding.join(', ')}`);
        // ... and by the plan the scanner read.
        if (before.get(action.caseId) !== 'active') this.problems.push(`${what}: the plan was ${before.get(action.caseId)} when the pass began`);
      }
      this.world.cases.forEach((spec, c) => this.recommendationsOf(spec.caseId).forEach((id) => this.models[c]!.recommended(id)));
      // A pass that only woke plans reports nothing (FiringReport counts no wakes), yet a woken plan's
      // step is due at once: the harness runs passes until no timer is due, as the scanner's next interval would.
      const due = this.store.timers.some((timer) => timer.state === 'pending' && timer.dueAt.getTime() <= now);
      if (report.fired + report.moved + report.skipped + report.cancelled === 0 && !due) {
        this.checkTimers();
        return;
      }
    }
    throw new Error(`the scanner did not settle at ${new Date(now).toISOString()}`);
  }

  /** After a drain: an active plan with steps left waits on exactly its next step; a self-lifting pause has its wake; a closed plan has nothing. */
  private checkTimers(): void {
    const now = this.clock.now().getTime();
    for (const [caseId, plan] of this.store.plans) {
      const pending = this.store.timers.filter((timer) => timer.caseId === caseId && timer.state === 'pending');
      const what = `${caseId} (${plan.state}) at ${new Date(now).toISOString()}`;
      if (pending.length > 1) this.problems.push(`${what}: ${pending.length} pending timers`);
      if (pending.some((timer) => timer.dueAt.getTime() <= now)) this.problems.push(`${what}: a pending timer is due after the scanner drained`);
      if (plan.state === 'closed' && pending.length > 0) this.problems.push(`${what}: a closed plan has a pending timer`);
      if (plan.state === 'active' && plan.scenario) {
        const left = this.playbook.steps(plan.scenario, plan.breachTrack).length - plan.nextStep;
        const waiting = pending.filter((timer) => timer.stepIndex === plan.nextStep && timer.breachTrack === plan.breachTrack);
        if (left > 0 && waiting.length !== 1) this.problems.push(`${what}: step ${plan.nextStep} of ${plan.breachTrack ? 'the breach' : 'the main'} track has no pending timer (${left} step(s) left)`);
      }
      if (plan.state === 'paused' && plan.pauses.some((pause) => pause.until) && !pending.some((timer) => timer.stepIndex === -1)) {
        this.problems.push(`${what}: paused by ${plan.pauses.map((pause) => `${pause.kind}:${pause.causeId}`).join(', ')} with no wake timer`);
      }
    }
  }

  async run(deliveries: readonly Delivery[]): Promise<void> {
    for (const { event, advanceMs } of deliveries) {
      this.clock.advance(advanceMs);
      await this.drain();
      await this.deliver(event);
      await this.drain();
    }
  }

  /** Property 2's tail: `days` more days, the scanner drained every `stepHours`. */
  async runOn(days: number, stepHours: number): Promise<void> {
    for (let elapsed = 0; elapsed < days * 24; elapsed += stepHours) {
      this.clock.advance(stepHours * HOUR);
      await this.drain();
    }
  }

  /** Liveness: each case closed, paused only by causes that never ended, or at the end of its track. */
  unfinished(): string[] {
    const now = this.clock.now().getTime();
    const problems: string[] = [];
    this.world.cases.forEach((spec, index) => {
      const model = this.models[index]!;
      const plan = this.store.plans.get(spec.caseId);
      if (!plan) {
        problems.push(`${spec.caseId}: no plan`);
        return;
      }
      const what = `${spec.caseId} (${plan.state}${plan.breachTrack ? ', breach track' : ''}, step ${plan.nextStep})`;
      if (model.closed !== (plan.state === 'closed')) problems.push(`${what}: the events ${model.closed ? 'closed' : 'did not close'} it`);
      const holding = model.holdingCauses(now);
      if (plan.state === 'closed') return;
      if (holding.length > 0 && plan.state !== 'paused') problems.push(`${what}: still held by ${holding.join(', ')}`);
      if (plan.state === 'paused') {
        for (const pause of plan.pauses) {
          if (model.causeNeverEnded(pause, now)) continue;
          problems.push(`${what}: still paused by ${pause.kind}:${pause.causeId}, whose cause ended`);
        }
      } else if (plan.state === 'active') {
        const steps = plan.scenario ? this.playbook.steps(plan.scenario, plan.breachTrack) : [];
        if (!plan.scenario) problems.push(`${what}: active without a scenario`);
        if (plan.nextStep < steps.length) problems.push(`${what}: ${steps.length - plan.nextStep} step(s) of its track never sent, skipped or cancelled`);
      } else {
        problems.push(`${what}: never started although opened and screened`);
      }
      const stale = this.store.timers.filter((timer) => timer.caseId === spec.caseId && timer.state === 'pending' && timer.dueAt.getTime() <= now);
      if (stale.length > 0) problems.push(`${what}: ${stale.length} pending timer(s) due in the past`);
    });
    return problems;
  }
}

// ---- generators ---------------------------------------------------------------------------------

const debtorArb = fc.record({ country: fc.constantFrom(...COUNTRIES), regionPick: fc.nat({ max: 11 }) });

const caseArb = fc.record({
  debtor: fc.nat({ max: 1 }),
  creditorId: fc.constantFrom('creditor-1', 'creditor-1', 'creditor-2'),
  kind: fc.constantFrom<DebtorKind>('B2C', 'B2B'),
  principalMinor: fc.bigInt({ min: 1_000n, max: 3_000_000n }),
  channels: fc.oneof({ weight: 3, arbitrary: fc.constant([...SCREENED_CHANNELS]) }, { weight: 2, arbitrary: fc.subarray([...SCREENED_CHANNELS]) }),
  ageDays: fc.integer({ min: 1, max: 400 }),
});

const worldArb: fc.Arbitrary<World> = fc
  .record({
    startDay: fc.integer({ min: 0, max: 364 }),
    startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    debtors: fc.array(debtorArb, { minLength: 1, maxLength: 2 }),
    cases: fc.array(caseArb, { minLength: 1, maxLength: 4 }),
  })
  .map(({ startDay, startMinute, debtors, cases }) => ({
    start: Date.UTC(2026, 0, 1) + startDay * DAY + startMinute * MINUTE,
    debtors: debtors.map((debtor, index) => {
      const regions = REGIONS[debtor.country];
      const region = regions[debtor.regionPick % regions.length];
      return { id: `debtor-${index}`, country: debtor.country, ...(region ? { region } : {}) };
    }),
    cases: cases.map((spec, index) => ({ ...spec, caseId: `case-${index}`, debtor: spec.debtor % debtors.length })),
  }));

const verdictArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Verdict>('clear') },
  { weight: 1, arbitrary: fc.constant<Verdict>('suspended') },
  { weight: 1, arbitrary: fc.constant<Verdict>('needs_review') },
  { weight: 1, arbitrary: fc.constant<Verdict>('rejected') },
);

/** Mostly whole stories (a cause and its end), sometimes only one of the two: `[begin, end]`, `[begin]` or `[end]`. */
const story = <T>(begin: fc.Arbitrary<T>, end: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.oneof({ weight: 5, arbitrary: fc.tuple(begin, end).map(([a, b]) => [a, b]) }, { weight: 2, arbitrary: begin.map((a) => [a]) }, { weight: 1, arbitrary: end.map((b) => [b]) });

/**
 * One episode of case `c` besides its facts and screening. `commuting` leaves out what depends on
 * the order by design: a creditor's release and hold pairs, and a second instalment plan (which plan
 * breaks last decides where the follow-up track stands).
 */
function episodeArb(c: number, commuting: boolean): fc.Arbitrary<CaseEvent[]> {
  const planId = commuting ? fc.constant('p1') : fc.constantFrom('p1', 'p2');
  const disputeId = fc.constantFrom('d1', 'd2');
  const holdId = fc.constantFrom('h1', 'h2');
  return fc.oneof(
    {
      weight: 3,
      arbitrary: disputeId.chain((id) =>
        story(
          fc.constant<CaseEvent>({ type: 'disputeOpened', c, id }),
          fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }).map((cancelled): CaseEvent => ({ type: 'disputeResolved', c, id, cancelled })),
        ),
      ),
    },
    { weight: 3, arbitrary: planId.chain((id) => story(fc.constant<CaseEvent>({ type: 'planAgreed', c, id }), fc.constant<CaseEvent>({ type: 'planBroken', c, id }))) },
    {
      weight: 2,
      arbitrary: commuting
        ? holdId.map((id): CaseEvent[] => [{ type: 'hold', c, id }])
        : holdId.chain((id) => story(fc.constant<CaseEvent>({ type: 'hold', c, id }), fc.constant<CaseEvent>({ type: 'release', c, id: `release-${id}` }))),
    },
    // An event's id names it: a duplicate carries the same date or amount.
    { weight: 2, arbitrary: fc.integer({ min: -10, max: 60 }).map((payByDays): CaseEvent[] => [{ type: 'promise', c, id: `i${payByDays}`, payByDays }]) },
    { weight: 2, arbitrary: fc.constantFrom(500n, 2_000n, 12_500n).map((amountMinor): CaseEvent[] => [{ type: 'payment', c, id: `pay-${amountMinor}`, amountMinor }]) },
    { weight: 1, arbitrary: fc.constant<CaseEvent[]>([{ type: 'wrongNumber', c }]) },
    {
      weight: 2,
      arbitrary: fc
        .oneof({ weight: 4, arbitrary: fc.constantFrom('continue' as const, 'refuseLegalAction' as const) }, { weight: 1, arbitrary: fc.constantFrom('acceptClosure' as const, 'consentLegalAction' as const) })
        .map((answer): CaseEvent[] => [{ type: 'creditorAnswers', c, answer }]),
    },
    { weight: 1, arbitrary: fc.constantFrom<CaseEvent[]>([{ type: 'withdrawn', c }], [{ type: 'paidInFull', c }]) },
  );
}

/** Each case's own events: its facts, one or two screenings (one verdict repeated when `commuting`), and a few episodes. */
function caseEventsArb(c: number, commuting: boolean, maxEpisodes: number): fc.Arbitrary<CaseEvent[]> {
  const verdicts = commuting ? verdictArb.chain((verdict) => fc.integer({ min: 1, max: 2 }).map((count) => Array.from({ length: count }, () => verdict))) : fc.array(verdictArb, { minLength: 1, maxLength: 2 });
  return fc
    .tuple(verdicts, fc.array(episodeArb(c, commuting), { maxLength: maxEpisodes }))
    .map(([screenings, episodes]): CaseEvent[] => [{ type: 'opened', c }, ...screenings.map((verdict): CaseEvent => ({ type: 'screened', c, verdict })), ...episodes.flat()]);
}

/** A multiset of events for every case of the world, some delivered twice, in a random order. */
function shuffledWithDuplicates(world: World, commuting: boolean, maxEpisodes: number): fc.Arbitrary<CaseEvent[]> {
  return fc
    .tuple(...world.cases.map((_, c) => caseEventsArb(c, commuting, maxEpisodes)))
    .map((perCase) => perCase.flat())
    .chain((events) => fc.array(fc.nat({ max: events.length - 1 }), { maxLength: 5 }).map((twice) => [...events, ...twice.map((index) => events[index]!)]))
    .chain((events) => fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }));
}

const advanceArb = fc.oneof(
  fc.integer({ min: 1, max: 120 }).map((minutes) => minutes * MINUTE),
  fc.integer({ min: 1, max: 48 }).map((hours) => hours * HOUR),
  fc.integer({ min: 1, max: 6 }).map((days) => days * DAY),
);

const scenarioArb: fc.Arbitrary<{ world: World; deliveries: Delivery[] }> = worldArb.chain((world) =>
  shuffledWithDuplicates(world, false, 3).chain((events) =>
    fc.array(advanceArb, { minLength: events.length, maxLength: events.length }).map((advances) => ({ world, deliveries: events.map((event, index) => ({ event, advanceMs: advances[index]! })) })),
  ),
);

// ---- the properties -----------------------------------------------------------------------------

const describeRun = (world: World, deliveries: readonly Delivery[]) =>
  JSON.stringify(
    { start: new Date(world.start).toISOString(), debtors: world.debtors, cases: world.cases, deliveries: deliveries.map(({ event, advanceMs }) => ({ ...event, advanceMs })) },
    (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value),
  );

describe('case plans under random events, clock moves and scanner passes (property-based)', () => {
  it('1. every step sent is lawful when sent, and never for a closed or paused plan', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ world, deliveries }) => {
        const simulation = new Simulation(world);
        await simulation.run(deliveries);
        const problems = [...simulation.problems, ...unlawfulSends(world, simulation.store, LAW)];
        if (problems.length > 0) throw new Error(`${problems.join('\n')}\nrun: ${describeRun(world, deliveries)}`);
      }),
      { seed: SEED, numRuns: runs(150) },
    );
  }, 120_000);

  it('2. 200 more days in 6-hour steps leave every case closed, held by a cause that never ended, or at the end of its track', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ world, deliveries }) => {
        const simulation = new Simulation(world);
        await simulation.run(deliveries);
        await simulation.runOn(200, 6);
        const problems = [...simulation.problems, ...simulation.unfinished(), ...unlawfulSends(world, simulation.store, LAW)];
        if (problems.length > 0) throw new Error(`${problems.join('\n')}\nrun: ${describeRun(world, deliveries)}`);
      }),
      { seed: SEED + 1, numRuns: runs(60) },
    );
  }, 120_000);

  // Reactions only, the clock standing still: the plans, their pauses and outcome, and an active plan's pending step are
  // compared (not due instants: a resume schedules at once where a start waits the step's delay).
  it('3. the same commuting events, duplicated, in two orders leave the same plan, pauses and outcome', async () => {
    const twoOrders = worldArb.chain((world) =>
      shuffledWithDuplicates(world, true, 4).chain((events) => fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }).map((other) => ({ world, first: events, second: other }))),
    );
    await fc.assert(
      fc.asyncProperty(twoOrders, async ({ world, first, second }) => {
        const summaries = [];
        for (const events of [first, second]) {
          const simulation = new Simulation(world);
          for (const event of events) await simulation.deliver(event);
          summaries.push(world.cases.map((spec, c) => summarise(simulation, spec.caseId, first.filter((event) => event.c === c))));
        }
        expect(summaries[1]).toEqual(summaries[0]);
      }),
      { seed: SEED + 2, numRuns: runs(300) },
    );
  }, 60_000);
});

/** What must not depend on the order the events came in. */
function summarise(simulation: Simulation, caseId: string, events: readonly CaseEvent[]) {
  const plan = simulation.store.plans.get(caseId)!;
  if (plan.state === 'closed') {
    // Two closures with different outcomes (withdrawn, then paid) keep the first: only the closure is compared,
    // and the outcome when every closing event gives the same one. Paid in full is PLAN_COMPLETED under an
    // instalment plan and PAID_IN_FULL otherwise, so it is order-dependent when plan events are present.
    const outcomes = new Set(
      events.flatMap((event) => {
        if (event.type === 'withdrawn') return ['WITHDRAWN'];
        if (event.type === 'disputeResolved' && event.cancelled) return ['CLOSED_ON_RECOMMENDATION'];
        if (event.type === 'screened' && event.verdict === 'rejected') return ['UNCOLLECTABLE'];
        if (event.type === 'creditorAnswers' && event.answer === 'acceptClosure') return ['CLOSED_ON_RECOMMENDATION'];
        if (event.type === 'creditorAnswers' && event.answer === 'consentLegalAction') return ['LEGAL_ACTION'];
        if (event.type === 'paidInFull') return events.some((other) => other.type === 'planAgreed' || other.type === 'planBroken') ? ['PAID_IN_FULL?', 'PLAN_COMPLETED?'] : ['PAID_IN_FULL'];
        return [];
      }),
    );
    return { state: plan.state, ...(outcomes.size === 1 ? { outcome: plan.outcome } : {}) };
  }
  const pending = simulation.store.timers.filter((timer) => timer.caseId === caseId && timer.state === 'pending');
  return {
    state: plan.state,
    verdict: plan.verdict,
    scenario: plan.scenario,
    breachTrack: plan.breachTrack,
    nextStep: plan.nextStep,
    pauses: plan.pauses.map((pause) => `${pause.kind}:${pause.causeId}:${pause.until ?? ''}`).sort(),
    endedCauses: [...new Set(plan.endedCauses)].sort(),
    droppedChannels: [...plan.droppedChannels].sort(),
    paymentIds: [...plan.paymentIds].sort(),
    principalPaidMinor: plan.principalPaidMinor.toString(),
    // An active plan waits on its next step (a paused one may keep a timer the scanner will cancel).
    ...(plan.state === 'active' ? { pending: pending.map((timer) => `${timer.stepIndex}/${timer.breachTrack}`) } : {}),
  };
}


// ---- the bugs the properties found, as fixed scenarios (each failed before its fix) ----

const MONDAY = Date.parse('2026-03-02T08:30:00Z');
const spec = (caseId: string, debtor: number, kind: DebtorKind, creditorId: string, channels: ScreenedChannel[], principalMinor = 120_000n): CaseSpec => ({ caseId, debtor, creditorId, kind, principalMinor, channels, ageDays: 45 });
const openAndClear = (c: number, advanceMs = 0): Delivery[] => [
  { event: { type: 'opened', c }, advanceMs },
  { event: { type: 'screened', c, verdict: 'clear' }, advanceMs: 0 },
];

describe('bugs the properties found, kept as scenarios', () => {
  // Bug 1 (fixed) — case-plan.ts, CasePlan.planBreached: `if (!isOpen(plan) || plan.breachTrack) return { plan, effects: [] }`.
  // Once a plan runs its breach track (a first plan broke, or the creditor asked to continue collecting), a break of a
  // second instalment plan is ignored: its PAYMENT_ARRANGEMENT pause is never lifted (nor is the break remembered in
  // endedCauses, so an agreement delivered after its break pauses for good). The case waits forever.
  it('1. a second instalment plan that breaks no longer holds the case', async () => {
    const world: World = { start: MONDAY, debtors: [{ id: 'debtor-0', country: 'BE' }], cases: [spec('case-0', 0, 'B2C', 'creditor-1', [...SCREENED_CHANNELS])] };
    const simulation = new Simulation(world);
    await simulation.run([
      ...openAndClear(0),
      { event: { type: 'planAgreed', c: 0, id: 'p1' }, advanceMs: HOUR },
      { event: { type: 'planBroken', c: 0, id: 'p1' }, advanceMs: DAY },
      { event: { type: 'planAgreed', c: 0, id: 'p2' }, advanceMs: DAY },
      { event: { type: 'planBroken', c: 0, id: 'p2' }, advanceMs: DAY },
    ]);
    expect(simulation.store.plans.get('case-0')!.pauses).toEqual([]);
  });

  // Bug 2 (fixed) — fire-due-steps.ts, the guard context: `timeZone: playbook.timeZoneOf(plan.facts.country, plan.facts.region)`
  // gives the principal zone only, where the compliance guard expects every zone the debtor may be in (timeZonesOf; its
  // README). A Texan consumer (Chicago and Denver) is called at 08:00 Chicago, 07:00 in Denver, before Reg F's 08:00;
  // with no known state, only New York's hours are kept.
  it('2. contact hours hold in every zone of a multi-zone US state', async () => {
    const world: World = { start: MONDAY, debtors: [{ id: 'debtor-0', country: 'US', region: 'TX' }], cases: [spec('case-0', 0, 'B2C', 'creditor-1', [...SCREENED_CHANNELS])] };
    const simulation = new Simulation(world);
    await simulation.run(openAndClear(0));
    await simulation.runOn(60, 1);
    expect(unlawfulSends(world, simulation.store, LAW)).toEqual([]);
  });

  // Bug 3 (fixed) — fire-due-steps.ts, one debtor one voice (the companion loop): a companion case's step riding along in
  // the lead case's letter or e-mail is checked with the lead's guard context (`{ ...context, sentSteps }`: the lead's
  // policy), recorded under the lead's policy id, and sent without decideStep. So (a) a consumer case rides in a business
  // case's e-mail inside its own consumer waiting period, (b) a case whose screening found no usable address gets a
  // letter, (c) a US consumer case (mergeScope 'none': one validation notice per debt) shares a business case's letter.
  it('3a. a step riding along keeps its own case\'s waiting periods (NL consumer e-mail in a business e-mail)', async () => {
    // The consumer's first letter goes out alone on Monday 2 March; its e-mail (due 19 days later) rides in the business
    // case's first e-mail on Monday 16 March, inside the consumer's 14-day letter period (BW 6:96(6)), lawful from 19 March.
    const world: World = { start: MONDAY, debtors: [{ id: 'debtor-0', country: 'NL' }], cases: [spec('case-b2c', 0, 'B2C', 'creditor-1', [...SCREENED_CHANNELS], 30_000n), spec('case-b2b', 0, 'B2B', 'creditor-1', [...SCREENED_CHANNELS])] };
    const simulation = new Simulation(world);
    await simulation.run([...openAndClear(0), ...openAndClear(1, 13 * DAY)]);
    await simulation.runOn(10, 1);
    expect(unlawfulSends(world, simulation.store, LAW)).toEqual([]);
  });

  it('3b. a step riding along only goes out on a channel its own screening found usable', async () => {
    const world: World = { start: MONDAY, debtors: [{ id: 'debtor-0', country: 'DE' }], cases: [spec('case-lead', 0, 'B2B', 'creditor-1', [...SCREENED_CHANNELS]), spec('case-no-address', 0, 'B2B', 'creditor-1', ['PHONE'])] };
    const simulation = new Simulation(world);
    for (const { event } of [...openAndClear(0), ...openAndClear(1)]) await simulation.deliver(event);
    await simulation.runOn(5, 1);
    expect(unlawfulSends(world, simulation.store, LAW)).toEqual([]);
  });

  it('3c. a case whose policy forbids merging never rides along (US consumer in a US business letter)', async () => {
    const world: World = { start: MONDAY, debtors: [{ id: 'debtor-0', country: 'US', region: 'CA' }], cases: [spec('case-b2b', 0, 'B2B', 'creditor-1', [...SCREENED_CHANNELS]), spec('case-b2c', 0, 'B2C', 'creditor-1', [...SCREENED_CHANNELS])] };
    const simulation = new Simulation(world);
    for (const { event } of [...openAndClear(0), ...openAndClear(1)]) await simulation.deliver(event);
    await simulation.runOn(5, 1);
    expect(unlawfulSends(world, simulation.store, LAW)).toEqual([]);
  });

  // Bug 4 (fixed) — adapters/messaging/case-events.consumer.ts, RELEASE_HOLD (replicated in reactionOf above): a release
  // names no hold, so the consumer lifts whichever CREDITOR_HOLD comes first. The same release delivered twice (Kafka
  // redelivers) lifts a second hold the creditor never released; a release delivered before its hold is lost and the
  // hold then stays for good. Releases are therefore left out of property 3; the event would need the hold's id (in_reply_to).
  it('4. a creditor release delivered twice lifts one hold only', async () => {
    const world: World = { start: MONDAY, debtors: [{ id: 'debtor-0', country: 'BE' }], cases: [spec('case-0', 0, 'B2C', 'creditor-1', [...SCREENED_CHANNELS])] };
    const simulation = new Simulation(world);
    const release: CaseEvent = { type: 'release', c: 0, id: 'release-h1' };
    await simulation.run([
      ...openAndClear(0),
      { event: { type: 'hold', c: 0, id: 'h1' }, advanceMs: HOUR },
      { event: { type: 'hold', c: 0, id: 'h2' }, advanceMs: HOUR },
      { event: release, advanceMs: HOUR },
      { event: release, advanceMs: HOUR },
    ]);
    expect(simulation.store.plans.get('case-0')!.pauses).toEqual([{ kind: 'CREDITOR_HOLD', causeId: 'hold:h2' }]);
  });
});
