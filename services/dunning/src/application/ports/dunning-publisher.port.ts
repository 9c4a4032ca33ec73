import type { Charge } from '../../domain/charges';
import type { Outcome, PauseKind, PlanSnapshot } from '../../domain/case-plan/case-plan';
import type { Recommendation } from '../../domain/evaluation/evaluation';
import type { ContactChannel, StepKind } from '../../domain/steps';

export type Stage = 'REMINDERS' | 'VISIT' | 'FORMAL_NOTICE' | 'INTENSIVE_FOLLOW_UP' | 'EVALUATION';

/** A step carried out: the request to the service that performs it. */
export interface StepAction {
  actionId: string;
  plan: PlanSnapshot;
  stepId: string;
  stepKind: StepKind;
  channel?: ContactChannel;
  templateKey?: string;
  /** The window the contact rules allow for a call or visit. */
  window?: { notBefore: Date; notAfter: Date };
  respondBy?: string;
  /** Other cases of the same debtor this one letter, e-mail or call also covers (one debtor, one voice). */
  merged?: Array<{ actionId: string; plan: PlanSnapshot; stepId: string }>;
  /** A callback the debtor asked for (step `callback`): who took the request, when for, and the lawful windows after `window`. */
  callback?: { interactionId: string; agentId: string; requestedAt: Date; laterWindows: Array<{ notBefore: Date; notAfter: Date }> };
}

/** Why a callback the debtor asked for is not made (see callbackRefusal). */
export type CallbackDeclineReason = 'UNKNOWN_CASE' | 'CLOSED' | 'NO_DIRECT_CONTACT' | 'NO_PHONE';

/** A callback dunning will not request, told to the agent who took the request. */
export interface DeclinedCallback {
  caseId: string;
  interactionId: string;
  agentId: string;
  requestedAt: Date;
  reason: CallbackDeclineReason;
  /** The reason in words, for the agent. */
  explanation: string;
}

/** A case's next step as scheduled: what it does and when it falls due. */
export interface ScheduledStep {
  caseId: string;
  stepId: string;
  kind: StepKind;
  dueAt: Date;
}

/** The dunning events, in the caller's transaction (outbox). */
export abstract class DunningPublisher {
  abstract stepRequested(actions: StepAction[]): Promise<void>;
  /** CallbackDeclined: a callback the debtor asked for that will not be made, and why. */
  abstract callbackDeclined(declined: DeclinedCallback): Promise<void>;
  /** ChargesApplied: what the law lets the case add, for payments to book. */
  abstract chargesApplied(caseId: string, charges: Charge[]): Promise<void>;
  /** ClosureRecommended or LegalActionRecommended; the plan then waits for the creditor's answer. */
  abstract recommended(plan: PlanSnapshot, recommendationId: string, recommendation: Recommendation): Promise<void>;
  abstract escalated(caseId: string, from: Stage, to: Stage, reason: string): Promise<void>;
  abstract paused(caseId: string, kind: PauseKind, causeId: string): Promise<void>;
  abstract resumed(caseId: string, ended: PauseKind, explanation: string): Promise<void>;
  abstract closed(plan: PlanSnapshot, outcome: Outcome, explanation: string): Promise<void>;
  /** NextStepScheduled, for the creditor's portfolio (the next action and its date). */
  abstract nextStepsScheduled(steps: ScheduledStep[]): Promise<void>;
}
