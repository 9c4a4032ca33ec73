import type { PendingDecision } from '../../persistence/sql-timeline.store';

/** A decision as `GET /v1/pending-decisions` and the live stream show it: with the instruction kinds that answer it. */
export function pendingDecisionView(decision: PendingDecision) {
  return { ...decision, askedAt: decision.askedAt.toISOString(), answerWith: answersTo(decision) };
}

/**
 * How a decision is answered: the instruction kinds that answer it, and for a direct payment the
 * agency asks about, `report_direct_payment` (POST /v1/cases/{id}/direct-payments with inReplyTo).
 */
function answersTo(decision: { kind: string; details: Record<string, unknown> }): string[] {
  if (decision.kind === 'INFORMATION_REQUESTED' && decision.details.topic === 'INFORMATION_TOPIC_DIRECT_PAYMENT') return ['report_direct_payment', 'provide_information'];
  return ANSWERS[decision.kind] ?? [];
}

/** The instruction kinds that answer each decision. */
const ANSWERS: Record<string, string[]> = {
  APPROVAL_REQUESTED: ['approve', 'decline'],
  LEGAL_ACTION_RECOMMENDED: ['consent_legal_action', 'refuse_legal_action'],
  CLOSURE_RECOMMENDED: ['accept_closure', 'continue_collection'],
  INFORMATION_REQUESTED: ['provide_information'],
};
