import { randomUUID } from 'node:crypto';
import type { Money } from '../../domain/money';
import { validateOutcome, type ContactResult } from '../../domain/outcomes';
import { DECLINED_CALLBACK_SHOWN_MS, leaseExpiresAt } from '../../domain/tasks';
import type { ThirdPartyRole } from '../../domain/third-parties';
import type { Agent, DeclinedCallback, LeasedTask, UnitOfWork } from '../ports/contact-center.ports';
import { CaseUnknownError, ProposalRefusedError, TaskNotHeldError } from './errors';

export interface OutcomeInput {
  result: ContactResult;
  promise?: { amount: Money; payBy: string };
  callbackAt?: Date;
  thirdPartyRole?: ThirdPartyRole;
  note?: string;
  noteForCreditor?: boolean;
  minutesSpent: number;
}

/** The most urgent task this agent may work now, leased to them alone for a while. */
export function nextTask(uow: UnitOfWork, agent: Agent, now: Date): Promise<LeasedTask | undefined> {
  return uow.run(async (tx) => {
    // A callback nobody took in its window moves to its next lawful window (overdue) before the queue is read.
    await tx.tasks.rollOverdueCallbacks(now);
    return tx.tasks.leaseNext(agent, now, leaseExpiresAt(now));
  });
}

/**
 * The agent's open callbacks (requested through them), soonest first: what to call back and when;
 * and those dunning declined in the last two weeks, newest first, so the agent can tell the debtor.
 */
export function agentCallbacks(uow: UnitOfWork, agent: Agent, now: Date): Promise<{ upcoming: LeasedTask[]; declined: DeclinedCallback[] }> {
  return uow.run(async (tx) => {
    await tx.tasks.rollOverdueCallbacks(now);
    const upcoming = await tx.tasks.callbacksOf(agent.id);
    const declined = await tx.tasks.declinedCallbacksOf(agent.id, new Date(now.getTime() - DECLINED_CALLBACK_SHOWN_MS));
    return { upcoming, declined };
  });
}

/** Gives a task back to the queue before its lease runs out. */
export async function releaseTask(uow: UnitOfWork, agent: Agent, taskId: string): Promise<void> {
  if (!(await uow.run((tx) => tx.tasks.release(taskId, agent.id)))) throw new TaskNotHeldError(taskId);
}

/**
 * What came of a call or visit the agent holds (the task is then done), or of an inbound contact
 * on a case (no task). Becomes ContactOutcomeRecorded for dunning and the creditor's timeline; the
 * note reaches the creditor only when the agent marked it so.
 */
export async function recordOutcome(uow: UnitOfWork, agent: Agent, target: { taskId: string } | { caseId: string }, input: OutcomeInput, now: Date): Promise<{ interactionId: string }> {
  return uow.run(async (tx) => {
    let task: LeasedTask | undefined;
    if ('taskId' in target) {
      task = await tx.tasks.heldBy(target.taskId, agent.id, now);
      if (!task) throw new TaskNotHeldError(target.taskId);
    }
    const caseId = task?.caseId ?? (target as { caseId: string }).caseId;
    if (!(await tx.cases.find(caseId))) throw new CaseUnknownError(caseId);
    const channel = task?.kind === 'VISIT' ? 'HOME_VISIT' : 'PHONE';
    const problems = validateOutcome({ result: input.result, channel, ...(input.promise ? { promise: input.promise } : {}), ...(input.callbackAt ? { callbackAt: input.callbackAt } : {}), ...(input.thirdPartyRole ? { thirdPartyRole: input.thirdPartyRole } : {}), ...(input.note ? { note: input.note } : {}), minutesSpent: input.minutesSpent, now });
    if (problems.length > 0) throw new ProposalRefusedError('the outcome cannot be recorded', problems);
    const interaction = {
      id: randomUUID(), caseId, ...(task ? { taskId: task.id } : {}), actionId: task?.actionId ?? '', agentId: agent.id, channel, direction: task ? 'OUTBOUND' : 'INBOUND',
      result: input.result, details: { ...(input.promise ? { promise: input.promise } : {}), ...(input.callbackAt ? { callbackAt: input.callbackAt.toISOString() } : {}), ...(input.thirdPartyRole ? { thirdPartyRole: input.thirdPartyRole } : {}) },
      note: input.note ?? '', noteForCreditor: input.noteForCreditor ?? false, minutesSpent: input.minutesSpent, contactedAt: now,
    } as const;
    await tx.work.recordInteraction(interaction);
    if (task) await tx.tasks.complete(task.id, now);
    await tx.events.outcomeRecorded(interaction, input.promise, input.callbackAt, input.thirdPartyRole);
    return { interactionId: interaction.id };
  });
}
