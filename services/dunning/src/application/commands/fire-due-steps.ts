import { randomUUID } from 'node:crypto';
import type { Clock } from '@collections/clock';
import { homeVisitAllowed, sameAddressee, usableChannelsOf } from '../../domain/case-plan/addressee';
import { outstandingBalance, totalOf } from '../../domain/case-plan/outstanding-balance';
import { CasePlan, type PlanSnapshot } from '../../domain/case-plan/case-plan';
import type { Charge } from '../../domain/charges';
import { evaluate, type Recommendation } from '../../domain/evaluation/evaluation';
import { eurEquivalentMinor } from '../../domain/scoring/eur-equivalent';
import { nextLawfulInstant } from '../../domain/compliance';
import { decideStep } from '../../domain/scenario/scenario';
import { CHANNEL_OF_STEP } from '../../domain/steps';
import type { StepAction } from '../ports/dunning-publisher.port';
import type { UnitOfWork } from '../ports/dunning-transaction.port';
import type { ContactRecord, GuardRecord, SentAction, StepTimer } from '../ports/plan-store.port';
import type { Playbook } from '../ports/playbook.port';
import { carryOutEffects, WAKE_STEP } from './carry-out-effects';
import { chargesDue } from './charges-due';
import { contactWindowAround } from './contact-window';

const DAY_MS = 86_400_000;
/** How far back the contact history reaches: longer than any frequency window or waiting period. */
const HISTORY_DAYS = 120;
/** Steps of a debtor's other cases due within this many days ride along in one letter, e-mail or call, where the policy allows. */
const MERGE_WINDOW_DAYS = 7;
const MERGEABLE = new Set(['LETTER', 'FORMAL_NOTICE', 'EMAIL', 'CALL', 'INTENSIVE_CALLS']);

export interface FiringReport {
  fired: number;
  moved: number;
  skipped: number;
  cancelled: number;
}

/**
 * One pass of the timer scanner: claims up to `limit` due step timers (skipped by every other
 * replica), and for each either sends the step (its event through the outbox, the next step
 * scheduled), moves it to the next lawful instant the compliance guard finds, skips it (its channel
 * cannot reach the debtor, or the policy forbids it) or cancels it (the plan is no longer active).
 * Every guard decision is recorded. Set-based: a few statements per batch, whatever its size.
 */
export async function fireDueSteps(uow: UnitOfWork, playbook: Playbook, clock: Clock, limit = 500): Promise<FiringReport> {
  return uow.run(async (tx) => {
    const now = clock.now();
    const report: FiringReport = { fired: 0, moved: 0, skipped: 0, cancelled: 0 };
    const due = await tx.timers.claimDue(now, limit);
    if (due.length === 0) return report;
    const caseIds = [...new Set(due.map((timer) => timer.caseId))];
    const plans = await tx.plans.lock(caseIds);
    const debtorIds = [...new Set([...plans.values()].flatMap((plan) => plan.contacts?.debtorIdentityId ?? []))];
    const history = groupBy(await tx.actions.historyOf(debtorIds, new Date(now.getTime() - HISTORY_DAYS * DAY_MS)), (contact) => contact.debtorIdentityId ?? '');
    // One debtor, one voice: other cases of these debtors with a step due soon may ride along.
    const companions = await tx.timers.pendingOfDebtors(debtorIds, new Date(now.getTime() + MERGE_WINDOW_DAYS * DAY_MS));
    const companionPlans = await tx.plans.lockIfFree(companions.map((timer) => timer.caseId).filter((id) => !plans.has(id)));
    for (const [id, plan] of companionPlans) plans.set(id, plan);
    const companionsByDebtor = groupBy(companions.filter((timer) => plans.has(timer.caseId)), (timer) => timer.debtorIdentityId);
    const sent = groupBy(await tx.actions.sentOf([...plans.keys()]), (action) => action.caseId);
    const handled = new Set<string>();

    const guard = memoisedGuard();
    const actions: StepAction[] = [];
    const sentActions: SentAction[] = [];
    const decisions: GuardRecord[] = [];
    const next: Array<Omit<StepTimer, 'id'>> = [];
    const fired: string[] = [];
    const moves: Array<{ id: string; dueAt: Date }> = [];
    const cancelled: string[] = [];
    const escalations: Array<{ caseId: string; from: StepAction['stepId']; fromStage: string; toStage: string }> = [];
    const changed = new Map<string, PlanSnapshot>();
    const chargeBatches: Array<{ caseId: string; charges: Charge[] }> = [];
    const recommendations: Array<{ plan: PlanSnapshot; recommendationId: string; recommendation: Recommendation }> = [];

    const wakes = due.filter((timer) => timer.stepIndex === WAKE_STEP);
    for (const timer of wakes) {
      const plan = plans.get(timer.caseId);
      await tx.timers.finish([timer.id], 'fired', now);
      if (!plan) continue;
      const causeId = timer.stepId.slice('wake:'.length);
      const pause = plan.pauses.find((held) => held.causeId === causeId);
      if (pause?.kind === 'AWAITING_CREDITOR') {
        // The creditor let an information request's deadline pass: closure is recommended, and the plan waits for the answer to that.
        const recommendationId = randomUUID();
        const ended = CasePlan.endPause(plan, causeId, 'the creditor did not answer by the deadline');
        const waiting = CasePlan.pause(ended.plan, { kind: 'AWAITING_CREDITOR', causeId: recommendationId });
        await tx.plans.save([waiting.plan]);
        await tx.events.recommended(waiting.plan, recommendationId, { kind: 'closure', reason: 'CREDITOR_UNRESPONSIVE', explanation: 'The creditor did not answer the request for documents or information by its deadline.' });
        continue;
      }
      // A promise's date (plus grace) passed: lift it (the plan resumes unless another cause still holds it).
      const woken = CasePlan.endPause(plan, causeId, 'the promised payment date passed');
      await tx.plans.save([woken.plan]);
      await carryOutEffects(tx, playbook, woken.plan, woken.effects, now);
    }

    for (const timer of due.filter((candidate) => candidate.stepIndex !== WAKE_STEP)) {
      if (handled.has(timer.id)) continue;
      handled.add(timer.id);
      let plan = changed.get(timer.caseId) ?? plans.get(timer.caseId);
      if (!plan || plan.state !== 'active' || !plan.scenario || !plan.facts || !plan.contacts || plan.breachTrack !== timer.breachTrack || plan.nextStep !== timer.stepIndex) {
        cancelled.push(timer.id);
        report.cancelled += 1;
        continue;
      }
      const steps = playbook.steps(plan.scenario, plan.breachTrack);
      const step = steps[timer.stepIndex];
      if (!step) {
        cancelled.push(timer.id);
        report.cancelled += 1;
        continue;
      }
      const policy = playbook.policyFor(plan.facts.country, plan.facts.debtorKind, now.toISOString().slice(0, 10));
      const channel = CHANNEL_OF_STEP[step.kind];
      const record = { caseId: plan.caseId, stepId: step.id, requestedAt: timer.dueAt, policyId: policy.id, decidedAt: now };
      // The track keeps its calendar: the next step is due its delay after this one was due, whether
      // this one was sent, skipped or forbidden (a guard move shifts it, as it shifted this one).
      const advance = () => {
        plan = CasePlan.stepSent(plan!);
        changed.set(plan.caseId, plan);
        fired.push(timer.id);
        const following = steps[plan.nextStep];
        if (following) {
          next.push({ caseId: plan.caseId, stepIndex: plan.nextStep, breachTrack: plan.breachTrack, stepId: following.id, dueAt: new Date(timer.dueAt.getTime() + following.delayDays * DAY_MS) });
        }
      };
      const usable = usableChannelsOf(plan);
      if (step.kind === 'VISIT' && !homeVisitAllowed(plan)) {
        decisions.push({ ...record, outcome: 'skipped', moves: [{ ruleId: 'third-party.represented', reason: 'the debtor is represented: no home visit', from: timer.dueAt, to: timer.dueAt }] });
        report.skipped += 1;
        advance();
        continue;
      }
      const runs = decideStep(step, { usableChannels: usable, paymentSinceStart: plan.paymentIds.length > 0 });
      if (!runs.run) {
        const reason = runs.reason === 'CHANNEL_NOT_USABLE' ? `no usable ${runs.channel} contact` : 'a payment was received since the track started';
        decisions.push({ ...record, outcome: 'skipped', moves: [{ ruleId: `scenario.${runs.reason.toLowerCase()}`, reason, from: timer.dueAt, to: timer.dueAt }] });
        report.skipped += 1;
        advance();
        continue;
      }
      const debtorId = plan.contacts.debtorIdentityId;
      const context = {
        policy,
        timeZone: playbook.timeZonesOf(plan.facts.country, plan.facts.region),
        region: playbook.holidayRegionOf(plan.facts.country, plan.facts.region),
        history: (history.get(debtorId) ?? []).flatMap((contact) => (contact.channel ? [{ channel: contact.channel, at: contact.at, caseId: contact.caseId }] : [])),
        sentSteps: (sent.get(plan.caseId) ?? []).map((action) => ({ stepKind: action.stepKind, at: action.at })),
      };
      const decision = guard({ stepKind: step.kind, channel, caseId: plan.caseId, debtorId, earliest: now }, context);
      if (decision.status === 'forbidden') {
        decisions.push({ ...record, outcome: 'forbidden', moves: [{ ruleId: decision.ruleId, reason: decision.reason, from: timer.dueAt, to: timer.dueAt }] });
        report.skipped += 1;
        advance();
        continue;
      }
      if (decision.at.getTime() > now.getTime()) {
        moves.push({ id: timer.id, dueAt: decision.at });
        decisions.push({ ...record, outcome: 'moved', lawfulAt: decision.at, moves: decision.moved });
        report.moved += 1;
        continue;
      }
      if (step.kind === 'EVALUATION') {
        // The end of the track: the agency's recommendation goes to the creditor, and the plan waits for the answer.
        const recommendationId = randomUUID();
        const outstanding = totalOf(outstandingBalance(plan));
        const recommendation = evaluate({ country: plan.facts.country, outstandingEurMinor: eurEquivalentOrZero(outstanding, plan.facts.currency), usableChannels: usable, actions: sent.get(plan.caseId) ?? [] });
        decisions.push({ ...record, outcome: 'sent', lawfulAt: now, moves: decision.moved });
        const evaluated: SentAction = { caseId: plan.caseId, debtorIdentityId: debtorId, stepKind: step.kind, at: now, actionId: randomUUID(), stepId: step.id, policyId: policy.id };
        sentActions.push(evaluated);
        append(sent, plan.caseId, evaluated);
        const previousStage = steps[timer.stepIndex - 1]?.stage;
        if (previousStage && previousStage !== step.stage) escalations.push({ caseId: plan.caseId, from: steps[timer.stepIndex - 1]!.id, fromStage: previousStage, toStage: step.stage });
        plan = CasePlan.stepSent(plan);
        const waiting = CasePlan.pause(plan, { kind: 'AWAITING_CREDITOR', causeId: recommendationId });
        plan = waiting.plan;
        changed.set(plan.caseId, plan);
        fired.push(timer.id);
        recommendations.push({ plan, recommendationId, recommendation });
        report.fired += 1;
        continue;
      }
      const actionId = randomUUID();
      const window = channel === 'PHONE' || channel === 'VISIT' ? contactWindowAround(policy, channel, now, playbook.timeZonesOf(plan.facts.country, plan.facts.region)) : undefined;
      const merged: NonNullable<StepAction['merged']> = [];
      if (policy.mergeAllowed && MERGEABLE.has(step.kind)) {
        for (const companion of companionsByDebtor.get(debtorId) ?? []) {
          if (handled.has(companion.id) || companion.caseId === plan.caseId) continue;
          const other = changed.get(companion.caseId) ?? plans.get(companion.caseId);
          const otherStep = other?.scenario ? playbook.steps(other.scenario, other.breachTrack)[companion.stepIndex] : undefined;
          if (!other || !otherStep || !other.facts || other.state !== 'active' || other.nextStep !== companion.stepIndex || other.breachTrack !== companion.breachTrack) continue;
          if (otherStep.kind !== step.kind || (policy.mergeScope === 'same-creditor' && other.facts.creditorId !== plan.facts.creditorId)) continue;
          // One letter or call goes to one person: the debtor, or the same representative on both cases.
          if (!sameAddressee(plan, other)) continue;
          // The riding case answers to its own law: the same policy (country and debtor kind), its own
          // screening's channels, and its own waiting periods must allow its step now: merging never sends early.
          const otherPolicy = playbook.policyFor(other.facts.country, other.facts.debtorKind, now.toISOString().slice(0, 10));
          if (otherPolicy.id !== policy.id || !other.contacts) continue;
          const otherUsable = usableChannelsOf(other);
          if (!decideStep(otherStep, { usableChannels: otherUsable, paymentSinceStart: other.paymentIds.length > 0 }).run) continue;
          const otherDecision = guard(
            { stepKind: otherStep.kind, channel, caseId: other.caseId, debtorId, earliest: now },
            { ...context, timeZone: playbook.timeZonesOf(other.facts.country, other.facts.region), region: playbook.holidayRegionOf(other.facts.country, other.facts.region), sentSteps: (sent.get(other.caseId) ?? []).map((action) => ({ stepKind: action.stepKind, at: action.at })) },
          );
          if (otherDecision.status !== 'scheduled' || otherDecision.at.getTime() > now.getTime()) continue;
          handled.add(companion.id);
          const mergedActionId = randomUUID();
          merged.push({ actionId: mergedActionId, plan: other, stepId: otherStep.id });
          const mergedAction: SentAction = { caseId: other.caseId, debtorIdentityId: debtorId, stepKind: otherStep.kind, channel, at: now, actionId: mergedActionId, stepId: otherStep.id, policyId: policy.id };
          sentActions.push(mergedAction);
          append(sent, other.caseId, mergedAction);
          decisions.push({
            caseId: other.caseId, stepId: otherStep.id, outcome: 'sent', requestedAt: companion.dueAt, lawfulAt: now, policyId: policy.id, decidedAt: now,
            moves: [{ ruleId: 'merge-letters', reason: `merged into the ${step.kind.toLowerCase().replace('_', ' ')} of case ${plan.caseId}`, from: companion.dueAt, to: now }],
          });
          const advanced = CasePlan.stepSent(other);
          changed.set(other.caseId, advanced);
          fired.push(companion.id);
          const following = playbook.steps(advanced.scenario!, advanced.breachTrack)[advanced.nextStep];
          if (following) next.push({ caseId: other.caseId, stepIndex: advanced.nextStep, breachTrack: advanced.breachTrack, stepId: following.id, dueAt: new Date(Math.max(now.getTime(), companion.dueAt.getTime()) + following.delayDays * DAY_MS) });
          report.fired += 1;
        }
      }
      actions.push({ actionId, plan, stepId: step.id, stepKind: step.kind, channel, templateKey: step.templateKey, ...(window ? { window } : {}), ...(merged.length > 0 ? { merged } : {}) });
      const contact: ContactRecord = { caseId: plan.caseId, debtorIdentityId: debtorId, stepKind: step.kind, channel, at: now };
      append(history, debtorId, contact);
      append(sent, plan.caseId, { ...contact, actionId, stepId: step.id, policyId: policy.id });
      sentActions.push({ ...contact, actionId, stepId: step.id, policyId: policy.id });
      decisions.push({ ...record, outcome: 'sent', lawfulAt: now, moves: decision.moved });
      // Once the law's wait is over, each step tops up what may be charged (damages, fees, interest to date).
      const charges = chargesDue(plan, policy, sent.get(plan.caseId) ?? [], now.toISOString().slice(0, 10));
      if (charges.length > 0) {
        chargeBatches.push({ caseId: plan.caseId, charges });
        plan = CasePlan.charged(plan, charges.map((charge) => ({ ruleId: charge.ruleId, kind: charge.kind, amountMinor: charge.amountMinor })));
        changed.set(plan.caseId, plan);
      }
      const previous = steps[timer.stepIndex - 1];
      if (previous && previous.stage !== step.stage) escalations.push({ caseId: plan.caseId, from: previous.id, fromStage: previous.stage, toStage: step.stage });
      report.fired += 1;
      advance();
    }

    await tx.timers.finish(fired, 'fired', now);
    await tx.timers.finish(cancelled, 'cancelled', now);
    await tx.timers.reschedule(moves);
    // The fired timers were each case's only pending one: nothing to replace.
    if (next.length > 0) {
      await tx.timers.schedule(next, { replacing: false });
      await tx.events.nextStepsScheduled(next.map((timer) => {
        const owner = changed.get(timer.caseId)!;
        return { caseId: timer.caseId, stepId: timer.stepId, kind: playbook.steps(owner.scenario!, timer.breachTrack)[timer.stepIndex]!.kind, dueAt: timer.dueAt };
      }));
    }
    await tx.plans.save([...changed.values()]);
    await tx.actions.recordSent(sentActions);
    await tx.actions.recordDecisions(decisions);
    await tx.events.stepRequested(actions);
    for (const { caseId, charges } of chargeBatches) await tx.events.chargesApplied(caseId, charges);
    for (const { plan, recommendationId, recommendation } of recommendations) {
      await tx.events.recommended(plan, recommendationId, recommendation);
      await tx.events.paused(plan.caseId, 'AWAITING_CREDITOR', recommendationId);
    }
    for (const escalation of escalations) {
      await tx.events.escalated(escalation.caseId, escalation.fromStage as never, escalation.toStage as never, `scenario reached ${escalation.toStage.toLowerCase().replace(/_/g, ' ')} after ${escalation.from}`);
    }
    return report;
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) append(groups, keyOf(item), item);
  return groups;
}

function append<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * The guard is pure: the same request and context give the same decision. Steps falling due
 * together (a bulk import's cases run the same calendar) mostly ask the same question for debtors
 * with the same history, so a batch asks it once. The key leaves out the case and debtor ids, which
 * the rules only use to group the history given here.
 */
function memoisedGuard(): typeof nextLawfulInstant {
  const decisions = new Map<string, ReturnType<typeof nextLawfulInstant>>();
  return (request, context) => {
    const key = JSON.stringify([
      context.policy.id, context.timeZone, context.region ?? '', request.stepKind, request.channel ?? '', request.earliest.getTime(),
      context.history.map((contact) => [contact.channel, contact.at.getTime(), contact.caseId === request.caseId, contact.conversation ?? false]),
      context.sentSteps.map((step) => [step.stepKind, step.at.getTime()]),
    ]);
    let decision = decisions.get(key);
    if (!decision) {
      decision = nextLawfulInstant(request, context);
      decisions.set(key, decision);
    }
    return decision;
  };
}

/** The EUR equivalent the evaluation compares with its threshold; an unknown currency counts as nothing owed worth suing for. */
function eurEquivalentOrZero(amountMinor: bigint, currency: string): bigint {
  try {
    return eurEquivalentMinor({ amountMinor, currency });
  } catch {
    return 0n;
  }
}
