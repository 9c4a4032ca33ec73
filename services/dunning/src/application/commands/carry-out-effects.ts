import type { PlanEffect, PlanSnapshot } from '../../domain/case-plan/case-plan';
import type { DunningTransaction } from '../ports/dunning-transaction.port';
import type { Playbook } from '../ports/playbook.port';

const DAY_MS = 86_400_000;

/** The step index of a timer that ends a self-lifting pause instead of sending a step. */
export const WAKE_STEP = -1;

/**
 * Turns what a reaction decided into timers and events: a start schedules the first step after
 * its delay, a resume or a plan breach the next step now (the guard moves it to a lawful instant
 * when it fires), a pause or a closure cancels the pending step.
 */
export async function carryOutEffects(tx: DunningTransaction, playbook: Playbook, plan: PlanSnapshot, effects: PlanEffect[], now: Date): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case 'start':
      case 'resume':
      case 'restart-at-breach': {
        const steps = plan.scenario ? playbook.steps(plan.scenario, plan.breachTrack) : [];
        const step = steps[plan.nextStep];
        if (step) {
          const delay = effect.type === 'start' ? step.delayDays * DAY_MS : 0;
          const dueAt = new Date(now.getTime() + delay);
          await tx.timers.schedule([{ caseId: plan.caseId, stepIndex: plan.nextStep, breachTrack: plan.breachTrack, stepId: step.id, dueAt }]);
          await tx.events.nextStepsScheduled([{ caseId: plan.caseId, stepId: step.id, kind: step.kind, dueAt }]);
        }
        if (effect.type !== 'start' && effect.ended) await tx.events.resumed(plan.caseId, effect.ended, effect.reason);
        break;
      }
      case 'pause':
        await tx.timers.cancel([plan.caseId]);
        await tx.events.paused(plan.caseId, effect.kind, effect.causeId);
        break;
      case 'close':
        await tx.timers.cancel([plan.caseId]);
        await tx.events.closed(plan, effect.outcome, effect.explanation);
        break;
      case 'channel-dropped':
        break;
    }
  }
  // A paused plan held by a pause that lifts itself (a promise to pay, until its date plus grace)
  // is woken on the earliest such date, whichever pause came or went last.
  const wake = plan.state === 'paused' ? plan.pauses.filter((pause) => pause.until).sort((a, b) => a.until!.localeCompare(b.until!))[0] : undefined;
  if (wake) await tx.timers.schedule([{ caseId: plan.caseId, stepIndex: WAKE_STEP, breachTrack: plan.breachTrack, stepId: `wake:${wake.causeId}`, dueAt: new Date(`${wake.until}T00:00:00Z`) }]);
}
