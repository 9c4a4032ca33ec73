import type { Clock } from '@collections/clock';
import { newPlan, type PlanEffect, type PlanSnapshot } from '../../domain/case-plan/case-plan';
import type { DunningTransaction } from '../ports/dunning-transaction.port';
import type { Playbook } from '../ports/playbook.port';
import { carryOutEffects } from './carry-out-effects';

export type Reaction = (plan: PlanSnapshot, context: { playbook: Playbook; today: string }) => { plan: PlanSnapshot; effects: PlanEffect[] };

/**
 * Applies one event's reaction to a case's plan (created on first sight, whichever event comes
 * first), saves it and carries out what it decided, all in the consumer's transaction.
 */
export async function react(tx: DunningTransaction, playbook: Playbook, clock: Clock, caseId: string, reaction: Reaction): Promise<PlanSnapshot> {
  const now = clock.now();
  const plan = (await tx.plans.lock([caseId])).get(caseId) ?? newPlan(caseId);
  const result = reaction(plan, { playbook, today: now.toISOString().slice(0, 10) });
  await tx.plans.save([result.plan]);
  await carryOutEffects(tx, playbook, result.plan, result.effects, now);
  return result.plan;
}

/**
 * `react` for a consumer's chunk of events: the plans of distinct cases locked in one statement and
 * saved in one, each case's effects then carried out in order, exactly as `react` would (a case's
 * effects touch only its own timers and events). A chunk naming a case twice is applied event by
 * event, so the second reaction sees what the first decided.
 */
export async function reactMany(tx: DunningTransaction, playbook: Playbook, clock: Clock, items: ReadonlyArray<{ caseId: string; reaction: Reaction }>): Promise<void> {
  const caseIds = items.map((item) => item.caseId);
  if (new Set(caseIds).size !== caseIds.length) {
    for (const item of items) await react(tx, playbook, clock, item.caseId, item.reaction);
    return;
  }
  const now = clock.now();
  const today = now.toISOString().slice(0, 10);
  const plans = await tx.plans.lock(caseIds);
  const results = items.map(({ caseId, reaction }) => reaction(plans.get(caseId) ?? newPlan(caseId), { playbook, today }));
  await tx.plans.save(results.map((result) => result.plan));
  for (const result of results) await carryOutEffects(tx, playbook, result.plan, result.effects, now);
}
