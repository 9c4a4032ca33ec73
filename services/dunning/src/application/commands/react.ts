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
