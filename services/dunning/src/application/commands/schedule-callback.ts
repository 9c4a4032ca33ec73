import { usableChannelsOf } from '../../domain/case-plan/addressee';
import type { PlanSnapshot } from '../../domain/case-plan/case-plan';
import { lawfulCallWindows } from '../../domain/compliance';
import type { DunningTransaction } from '../ports/dunning-transaction.port';
import type { CallbackDeclineReason } from '../ports/dunning-publisher.port';
import type { Playbook } from '../ports/playbook.port';

/** The lawful windows a callback carries: the first, and these many more for a callback not taken in time. */
export const CALLBACK_LATER_WINDOWS = 7;

export interface CallbackRequest {
  caseId: string;
  /** The ContactOutcomeRecorded (CALLBACK_REQUESTED) that asked for it. */
  interactionId: string;
  agentId: string;
  requestedAt: Date;
}

export type CallbackDecision = { scheduled: true; actionId: string } | { scheduled: false; reason: CallbackDeclineReason };

/**
 * The debtor asked to be called back at an instant: dunning, which holds the country's calling
 * hours, turns it into a call request (CallRequested with `callback`) for the first lawful instant at
 * or after it, with the lawful windows that follow in case nobody calls in the first. It is the
 * debtor's own request, so it is carried out while the plan is paused for a dispute, a promise or a
 * creditor's hold; not when the case is closed, nor while a mediator or trustee stands between the
 * agency and the debtor (no direct contact at all). A represented debtor's callback goes to the
 * representative's phones. A redelivery sends the same action id, which contact-center queues once.
 * A callback it will not make is declined (CallbackDeclined), so the agent who promised it can tell the
 * debtor; a redelivery declines it again, which contact-center records once.
 */
export async function scheduleCallback(tx: DunningTransaction, playbook: Playbook, request: CallbackRequest, now: Date): Promise<CallbackDecision> {
  const plan = (await tx.plans.lock([request.caseId])).get(request.caseId);
  const refused = callbackRefusal(plan);
  if (refused) {
    await tx.events.callbackDeclined({ caseId: request.caseId, interactionId: request.interactionId, agentId: request.agentId, requestedAt: request.requestedAt, reason: refused, explanation: CALLBACK_DECLINE_EXPLANATIONS[refused] });
    return { scheduled: false, reason: refused };
  }
  const facts = plan!.facts!;
  const policy = playbook.policyFor(facts.country, facts.debtorKind, now.toISOString().slice(0, 10));
  const from = new Date(Math.max(request.requestedAt.getTime(), now.getTime()));
  const [first, ...later] = lawfulCallWindows(policy, playbook.timeZonesOf(facts.country, facts.region), playbook.holidayRegionOf(facts.country, facts.region), from, 1 + CALLBACK_LATER_WINDOWS);
  const actionId = `callback:${request.interactionId}`;
  await tx.events.stepRequested([
    {
      actionId, plan: plan!, stepId: 'callback', stepKind: 'CALL', channel: 'PHONE', window: first!,
      callback: { interactionId: request.interactionId, agentId: request.agentId, requestedAt: request.requestedAt, laterWindows: later },
    },
  ]);
  return { scheduled: true, actionId };
}

/** What the agent who took the request is told when a callback is declined. */
export const CALLBACK_DECLINE_EXPLANATIONS: Record<CallbackDeclineReason, string> = {
  UNKNOWN_CASE: 'The case is not open in dunning (not opened or not screened yet): no call can be scheduled.',
  CLOSED: 'The case is closed: the debtor is not called any more.',
  NO_DIRECT_CONTACT: 'A debt mediator, administrator or trustee handles all contact, or the heirs are being searched for: the debtor may not be called directly.',
  NO_PHONE: 'No usable phone number is left for the debtor (wrong numbers are dropped): the callback cannot be made.',
};

/** Why a callback cannot be made on this plan, or undefined when it can. */
export function callbackRefusal(plan: PlanSnapshot | undefined): CallbackDeclineReason | undefined {
  if (!plan?.facts || !plan.contacts) return 'UNKNOWN_CASE';
  if (plan.state === 'closed') return 'CLOSED';
  // A mediator's or trustee's pause (THIRD_PARTY) and an heir search stop every direct contact; a representative does not pause.
  if (plan.pauses.some((pause) => pause.kind === 'THIRD_PARTY')) return 'NO_DIRECT_CONTACT';
  if (!usableChannelsOf(plan).includes('PHONE')) return 'NO_PHONE';
  return undefined;
}
