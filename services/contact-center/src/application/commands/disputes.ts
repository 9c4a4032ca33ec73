import { randomUUID } from 'node:crypto';
import { checkEvidence, openDispute, requestDocuments, resolveDispute, type Dispute } from '../../domain/disputes';
import type { Money } from '../../domain/money';
import { effectOf, representativeContactOf, type ThirdPartyRole } from '../../domain/third-parties';
import type { UnitOfWork } from '../ports/contact-center.ports';
import { CaseUnknownError, DisputeUnknownError, ProposalRefusedError } from './errors';

const today = (now: Date) => now.toISOString().slice(0, 10);

export interface Evidence {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** The debtor contests the claim, with what they sent in support: DisputeOpened pauses dunning until it is resolved. */
export function raiseDispute(uow: UnitOfWork, agentId: string, caseId: string, input: { ground: Dispute['ground']; summary: string; disputedAmount?: Money; documents?: Evidence[] }, now: Date): Promise<{ disputeId: string; documentIds: string[] }> {
  return uow.run(async (tx) => {
    if (!(await tx.cases.find(caseId))) throw new CaseUnknownError(caseId);
    const documents = input.documents ?? [];
    const problems = checkEvidence(documents.map((document) => ({ fileName: document.fileName, declaredType: document.mediaType, content: document.content })));
    if (problems.length > 0) throw new ProposalRefusedError('the dispute cannot be opened with these documents', problems);
    const dispute = openDispute({ disputeId: randomUUID(), caseId, ground: input.ground, summary: input.summary, ...(input.disputedAmount ? { disputedAmount: input.disputedAmount } : {}), openedAt: now.toISOString() });
    await tx.work.saveDispute(dispute.disputeId, caseId, dispute.state, dispute);
    const documentIds: string[] = [];
    for (const document of documents) {
      const id = randomUUID();
      await tx.work.addDisputeDocument({ id, disputeId: dispute.disputeId, fileName: document.fileName, mediaType: document.mediaType, content: document.content });
      documentIds.push(id);
    }
    await tx.events.disputeOpened(caseId, dispute.disputeId, dispute.ground, dispute.summary, agentId);
    return { disputeId: dispute.disputeId, documentIds };
  });
}

/** Asks the creditor for the documents behind a disputed claim, by a date (InformationRequested). */
export function askForDocuments(uow: UnitOfWork, disputeId: string, question: string, answerBy: string, now: Date): Promise<{ requestId: string }> {
  return uow.run(async (tx) => {
    const stored = await tx.work.dispute(disputeId);
    if (!stored) throw new DisputeUnknownError(disputeId);
    const requestId = randomUUID();
    const dispute = requestDocuments(stored.dispute as Dispute, { requestId, answerBy, today: today(now) });
    await tx.work.saveDispute(disputeId, stored.caseId, dispute.state, dispute);
    await tx.events.informationRequested(stored.caseId, requestId, 'SUPPORTING_DOCUMENTS', question, answerBy, disputeId);
    return { requestId };
  });
}

/** Upheld, cancelled, withdrawn or upheld for less: DisputeResolved resumes (or ends) collection. */
export function settleDispute(uow: UnitOfWork, disputeId: string, input: { resolution: 'CLAIM_UPHELD' | 'AMOUNT_REDUCED' | 'CLAIM_CANCELLED' | 'WITHDRAWN_BY_DEBTOR'; reduction?: Money; explanation: string }): Promise<void> {
  return uow.run(async (tx) => {
    const stored = await tx.work.dispute(disputeId);
    if (!stored) throw new DisputeUnknownError(disputeId);
    const file = (await tx.cases.find(stored.caseId))!;
    const balance = file.balance;
    const total = { amountMinor: balance.principal.amountMinor + balance.interest.amountMinor + balance.costs.amountMinor + balance.charges.amountMinor, currency: file.currency };
    const dispute = resolveDispute(stored.dispute as Dispute, { resolution: input.resolution, ...(input.reduction ? { reduction: input.reduction } : {}), balance: total, explanation: input.explanation });
    await tx.work.saveDispute(disputeId, stored.caseId, dispute.state, dispute);
    await tx.events.disputeResolved(stored.caseId, disputeId, input.resolution, input.reduction, input.explanation);
  });
}

/** A question to the creditor with a deadline; dunning recommends closure when it passes unanswered. */
export function askCreditor(uow: UnitOfWork, caseId: string, input: { topic: 'DEBTOR_CONTACTS' | 'AMOUNTS' | 'OTHER' | 'SUPPORTING_DOCUMENTS' | 'DIRECT_PAYMENT'; question: string; answerBy: string }, now: Date): Promise<{ requestId: string }> {
  return uow.run(async (tx) => {
    if (!(await tx.cases.find(caseId))) throw new CaseUnknownError(caseId);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.answerBy) || input.answerBy <= today(now)) {
      throw new ProposalRefusedError('the request cannot be sent', [{ field: 'answerBy', code: 'NOT_IN_FUTURE', message: `answerBy ${input.answerBy} must be a date after today (${today(now)})` }]);
    }
    const requestId = randomUUID();
    await tx.events.informationRequested(caseId, requestId, input.topic, input.question, input.answerBy);
    return { requestId };
  });
}

/** A mediator, administrator, trustee, lawyer, heir… linked to the case, and what it changes. */
export function linkThirdParty(uow: UnitOfWork, caseId: string, input: { role: ThirdPartyRole; name: string; contact: Record<string, unknown> }): Promise<{ thirdPartyId: string; effect: ReturnType<typeof effectOf> }> {
  return uow.run(async (tx) => {
    if (!(await tx.cases.find(caseId))) throw new CaseUnknownError(caseId);
    const id = randomUUID();
    const debtorDeceased = (await tx.work.thirdParties(caseId)).some((party) => party.role === 'HEIR');
    await tx.work.addThirdParty({ id, caseId, role: input.role, name: input.name, contact: input.contact });
    const effect = effectOf(input.role, { debtorDeceased });
    const reach = representativeContactOf(input.contact);
    if (effect.representsDebtor && !reach.address && reach.phones.length === 0 && !reach.email) {
      // Dunning goes on, addressed to the representative: without a way to reach them it would reach no one.
      throw new ProposalRefusedError('the representative cannot be linked', [
        { field: 'contact', code: 'NO_WAY_TO_REACH', message: `a ${input.role.toLowerCase().replace(/_/g, ' ')} represents the debtor: give their address, phone or e-mail` },
      ]);
    }
    // Dunning hears what the link changes (letters and calls to a representative, no more contact at all,
    // or none until the heirs are found); the creditor's timeline too. Only a representative's name and
    // contact details leave contact-center: dunning addresses its letters and calls with them.
    await tx.events.thirdPartyLinked(caseId, id, input.role, effect, effect.representsDebtor ? { name: input.name, ...reach } : undefined);
    if (effect.heirSearch) {
      await tx.tasks.enqueue({
        id: randomUUID(), actionId: `heir-search:${id}`, caseId, kind: 'HEIR_SEARCH', country: (await tx.cases.find(caseId))!.country, language: 'en', details: { thirdPartyId: id, name: input.name },
        priority: 0, notBefore: new Date(0), notAfter: new Date('9999-12-31T00:00:00Z'),
      });
    }
    return { thirdPartyId: id, effect };
  });
}
