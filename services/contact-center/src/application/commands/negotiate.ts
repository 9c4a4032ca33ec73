import { randomUUID } from 'node:crypto';
import type { Money } from '../../domain/money';
import {
  authorityFor, DEFAULT_NEGOTIATION_POLICY, validateDeclaration, validatePlanProposal, validateSettlementProposal, type IncomeDeclaration, type NegotiationPolicy,
} from '../../domain/negotiation';
import type { CaseFile, ContactCenterTransaction, UnitOfWork } from '../ports/contact-center.ports';
import { CaseUnknownError, ProposalRefusedError } from './errors';

/** Days the creditor is given to approve or refuse a proposal above the agency's authority. */
export const APPROVAL_ANSWER_DAYS = 7;

export type NegotiationOutcome = { negotiationId: string; status: 'agreed' | 'awaiting_creditor'; approvalRequestId?: string; reason: string };
type Instalment = { number: number; dueDate: string; amount: Money };

const totalOf = (balance: CaseFile['balance']): Money => ({
  amountMinor: balance.principal.amountMinor + balance.interest.amountMinor + balance.costs.amountMinor + balance.charges.amountMinor,
  currency: balance.principal.currency,
});
const today = (now: Date) => now.toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function contextOf(tx: ContactCenterTransaction, caseId: string) {
  const file = await tx.cases.find(caseId);
  if (!file) throw new CaseUnknownError(caseId);
  const terms = await tx.terms.creditorTerms(file.creditorId);
  const policy: NegotiationPolicy = {
    ...DEFAULT_NEGOTIATION_POLICY,
    ...(terms?.minInstalmentMinor !== undefined ? { minInstalmentMinor: terms.minInstalmentMinor } : {}),
    ...(terms?.maxDurationMonths !== undefined ? { maxDurationMonths: terms.maxDurationMonths } : {}),
    ...(terms?.settlementFloorBp !== undefined ? { settlementFloorBp: terms.settlementFloorBp } : {}),
  };
  const authority = authorityFor(totalOf(file.balance), await tx.terms.rates(), terms?.authorityLimitEurMinor);
  return { file, policy, authority };
}

/**
 * An instalment plan (a deferral is a plan of one) checked against the rules: it adds up to the
 * balance, dates ahead and in order, the creditor's minimum instalment and maximum duration, and
 * what the debtor's declaration of income and charges leaves to pay with. Below the authority limit
 * (EUR 50,000 or the creditor's lower one) it is agreed at once (PaymentPlanAgreed); above, the
 * creditor is asked (CreditorApprovalRequested) and the plan waits for the answer.
 */
export function proposePlan(uow: UnitOfWork, agentId: string, caseId: string, instalments: Instalment[], explanation: string, now: Date): Promise<NegotiationOutcome> {
  return uow.run(async (tx) => {
    const { file, policy, authority } = await contextOf(tx, caseId);
    const declaration = (await tx.work.declaration(caseId)) as IncomeDeclaration | undefined;
    const problems = validatePlanProposal({ balance: totalOf(file.balance), instalments, today: today(now), policy, ...(declaration ? { declaration } : {}) });
    if (problems.length > 0) throw new ProposalRefusedError('the plan cannot be proposed', problems);
    const id = randomUUID();
    if (authority.agencyMayAgree) {
      await tx.work.saveNegotiation({ id, caseId, kind: 'plan', status: 'agreed', proposal: { instalments }, agentId });
      await tx.events.planAgreed(caseId, id, instalments, file.balance, agentId);
      return { negotiationId: id, status: 'agreed', reason: authority.reason };
    }
    const requestId = randomUUID();
    await tx.work.saveNegotiation({ id, caseId, kind: 'plan', status: 'awaiting_creditor', proposal: { instalments }, approvalRequestId: requestId, agentId });
    await tx.events.approvalRequested(caseId, requestId, { plan: instalments }, file.balance, explanation || authority.reason, plusDays(today(now), APPROVAL_ANSWER_DAYS));
    return { negotiationId: id, status: 'awaiting_creditor', approvalRequestId: requestId, reason: authority.reason };
  });
}

/** A full and final settlement below the balance, no lower than the creditor's floor; the same authority rule. */
export function proposeSettlement(uow: UnitOfWork, agentId: string, caseId: string, amount: Money, payBy: string, explanation: string, now: Date): Promise<NegotiationOutcome> {
  return uow.run(async (tx) => {
    const { file, policy, authority } = await contextOf(tx, caseId);
    const problems = validateSettlementProposal({ balance: totalOf(file.balance), amount, payBy, today: today(now), policy });
    if (problems.length > 0) throw new ProposalRefusedError('the settlement cannot be proposed', problems);
    const id = randomUUID();
    if (authority.agencyMayAgree) {
      await tx.work.saveNegotiation({ id, caseId, kind: 'settlement', status: 'agreed', proposal: { amount, payBy }, agentId });
      await tx.events.settlementAgreed(caseId, id, amount, payBy, file.balance, agentId);
      return { negotiationId: id, status: 'agreed', reason: authority.reason };
    }
    const requestId = randomUUID();
    await tx.work.saveNegotiation({ id, caseId, kind: 'settlement', status: 'awaiting_creditor', proposal: { amount, payBy }, approvalRequestId: requestId, agentId });
    await tx.events.approvalRequested(caseId, requestId, { settlement: { amount, payBy } }, file.balance, explanation || authority.reason, plusDays(today(now), APPROVAL_ANSWER_DAYS));
    return { negotiationId: id, status: 'awaiting_creditor', approvalRequestId: requestId, reason: authority.reason };
  });
}

/**
 * The creditor answered a request for approval (CreditorInstructed APPROVE or DECLINE, in reply
 * to it): an approved plan or settlement is agreed now, with the request it answers; a refused one
 * is recorded as such and nothing is agreed. An answer to nothing we asked, or a repeat, changes nothing.
 */
export async function creditorAnswered(tx: ContactCenterTransaction, requestId: string, approved: boolean, now: Date): Promise<'agreed' | 'declined' | 'ignored'> {
  const negotiation = await tx.work.negotiationByApprovalRequest(requestId);
  if (!negotiation || negotiation.status !== 'awaiting_creditor') return 'ignored';
  if (!approved) {
    await tx.work.decideNegotiation(negotiation.id, 'declined_by_creditor', now);
    return 'declined';
  }
  const file = (await tx.cases.find(negotiation.caseId))!;
  await tx.work.decideNegotiation(negotiation.id, 'agreed', now);
  if (negotiation.kind === 'plan') {
    await tx.events.planAgreed(negotiation.caseId, negotiation.id, (negotiation.proposal as { instalments: Instalment[] }).instalments, file.balance, negotiation.agentId, requestId);
  } else {
    const proposal = negotiation.proposal as { amount: Money; payBy: string };
    await tx.events.settlementAgreed(negotiation.caseId, negotiation.id, proposal.amount, proposal.payBy, file.balance, negotiation.agentId, requestId);
  }
  return 'agreed';
}

/** The debtor's declaration of income and charges (the form sent with the formal notice), as an agent enters it. */
export function recordDeclaration(uow: UnitOfWork, agentId: string, caseId: string, declaration: IncomeDeclaration): Promise<void> {
  return uow.run(async (tx) => {
    if (!(await tx.cases.find(caseId))) throw new CaseUnknownError(caseId);
    const problems = validateDeclaration(declaration);
    if (problems.length > 0) throw new ProposalRefusedError('the declaration cannot be recorded', problems);
    await tx.work.saveDeclaration(caseId, declaration, agentId);
  });
}
