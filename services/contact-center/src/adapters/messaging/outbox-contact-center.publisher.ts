import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  ConsultantMessageSentSchema, ContactChannel, ContactDirection, CreditorMessagesReadSchema, ContactOutcomeRecordedSchema, ContactResult, CreditorApprovalRequestedSchema, DisputeGround, DisputeOpenedSchema, DisputeResolution, DisputeResolvedSchema,
  InformationRequestedSchema, InformationTopic, PaymentPlanAgreedSchema, SettlementAgreedSchema, ThirdPartyLinkedSchema, ThirdPartyRole,
} from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import type { RepresentativeContact, ThirdPartyEffect } from '../../domain/third-parties';
import { ContactCenterPublisher, type CaseFile, type Interaction, type ThreadMessage } from '../../application/ports/contact-center.ports';
import type { Money } from '../../domain/money';

/**
 * DISPUTE_RAISED and ASKED_FOR_PLAN have no result of their own on the wire: the contact reached the
 * debtor, and the dispute or plan travels as its own event (DisputeOpened, PaymentPlanAgreed).
 */
const RESULTS: Record<string, ContactResult> = {
  REACHED: ContactResult.REACHED, NO_ANSWER: ContactResult.NO_ANSWER, WRONG_NUMBER: ContactResult.WRONG_NUMBER, REFUSED_TO_PAY: ContactResult.REFUSED_TO_PAY,
  PROMISE_TO_PAY: ContactResult.PROMISE_TO_PAY, CALLBACK_REQUESTED: ContactResult.CALLBACK_REQUESTED, DEBTOR_ABSENT: ContactResult.DEBTOR_ABSENT, THIRD_PARTY: ContactResult.THIRD_PARTY,
  DISPUTE_RAISED: ContactResult.REACHED, ASKED_FOR_PLAN: ContactResult.REACHED,
};
const ROLES: Record<string, ThirdPartyRole> = {
  DEBT_MEDIATOR: ThirdPartyRole.DEBT_MEDIATOR, PROVISIONAL_ADMINISTRATOR: ThirdPartyRole.PROVISIONAL_ADMINISTRATOR, SOCIAL_SERVICES: ThirdPartyRole.SOCIAL_SERVICES,
  TRUSTEE: ThirdPartyRole.TRUSTEE, NOTARY: ThirdPartyRole.NOTARY, LAWYER: ThirdPartyRole.LAWYER, HEIR: ThirdPartyRole.HEIR,
};
const GROUNDS: Record<string, DisputeGround> = {
  NOT_OWED: DisputeGround.NOT_OWED, ALREADY_PAID: DisputeGround.ALREADY_PAID, AMOUNT_WRONG: DisputeGround.AMOUNT_WRONG, DEFECTIVE_GOODS_OR_SERVICE: DisputeGround.DEFECTIVE_GOODS_OR_SERVICE,
  WRONG_DEBTOR: DisputeGround.WRONG_DEBTOR, OTHER: DisputeGround.OTHER,
};
const RESOLUTIONS: Record<string, DisputeResolution> = {
  CLAIM_UPHELD: DisputeResolution.CLAIM_UPHELD, AMOUNT_REDUCED: DisputeResolution.AMOUNT_REDUCED, CLAIM_CANCELLED: DisputeResolution.CLAIM_CANCELLED, WITHDRAWN_BY_DEBTOR: DisputeResolution.WITHDRAWN_BY_DEBTOR,
};
const TOPICS: Record<string, InformationTopic> = {
  SUPPORTING_DOCUMENTS: InformationTopic.SUPPORTING_DOCUMENTS, DEBTOR_CONTACTS: InformationTopic.DEBTOR_CONTACTS, AMOUNTS: InformationTopic.AMOUNTS, OTHER: InformationTopic.OTHER, DIRECT_PAYMENT: InformationTopic.DIRECT_PAYMENT,
};
const money = (value: Money) => ({ amountMinor: value.amountMinor, currency: value.currency });
const balanceOf = (balance: CaseFile['balance']) => ({ principal: money(balance.principal), interest: money(balance.interest), costs: money(balance.costs), charges: money(balance.charges) });
const instalmentsOf = (instalments: Array<{ number: number; dueDate: string; amount: Money }>) => instalments.map((i) => ({ number: i.number, dueDate: i.dueDate, amount: money(i.amount) }));

/** contact-center.interactions.v1, keyed by case id, through the caller's transaction. */
export class OutboxContactCenterPublisher extends ContactCenterPublisher {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async outcomeRecorded(interaction: Interaction, promise?: { amount: Money; payBy: string }, callbackAt?: Date, thirdPartyRole?: string): Promise<void> {
    await this.outbox.append(this.manager, [{
      schema: ContactOutcomeRecordedSchema, key: interaction.caseId,
      data: {
        caseId: interaction.caseId, interactionId: interaction.id, actionId: interaction.actionId, agentId: interaction.agentId,
        channel: interaction.channel === 'PHONE' ? ContactChannel.PHONE : ContactChannel.HOME_VISIT,
        direction: interaction.direction === 'OUTBOUND' ? ContactDirection.OUTBOUND : ContactDirection.INBOUND,
        result: RESULTS[interaction.result] ?? ContactResult.REACHED, contactedAt: timestampFromDate(interaction.contactedAt),
        ...(promise ? { promise: { amount: money(promise.amount), payBy: promise.payBy } } : {}),
        ...(callbackAt ? { callbackAt: timestampFromDate(callbackAt) } : {}),
        ...(thirdPartyRole ? { thirdParty: ROLES[thirdPartyRole] } : {}),
        // Only a note the agent marked for the creditor leaves the service: the rest is internal.
        note: interaction.noteForCreditor ? interaction.note : '',
      },
    }]);
  }

  async planAgreed(caseId: string, planId: string, instalments: Array<{ number: number; dueDate: string; amount: Money }>, balance: CaseFile['balance'], agentId: string, approvalRequestId?: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: PaymentPlanAgreedSchema, key: caseId, data: { caseId, planId, instalments: instalmentsOf(instalments), balance: balanceOf(balance), agentId, approvalRequestId: approvalRequestId ?? '' } }]);
  }

  async settlementAgreed(caseId: string, settlementId: string, amount: Money, payBy: string, balance: CaseFile['balance'], agentId: string, approvalRequestId?: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: SettlementAgreedSchema, key: caseId, data: { caseId, settlementId, amount: money(amount), payBy, balance: balanceOf(balance), agentId, approvalRequestId: approvalRequestId ?? '' } }]);
  }

  async approvalRequested(caseId: string, requestId: string, proposal: { plan?: Array<{ number: number; dueDate: string; amount: Money }>; settlement?: { amount: Money; payBy: string } }, balance: CaseFile['balance'], explanation: string, answerBy: string): Promise<void> {
    const oneOf = proposal.plan
      ? { case: 'paymentPlan' as const, value: { instalments: instalmentsOf(proposal.plan) } }
      : { case: 'settlement' as const, value: { amount: money(proposal.settlement!.amount), payBy: proposal.settlement!.payBy } };
    await this.outbox.append(this.manager, [{ schema: CreditorApprovalRequestedSchema, key: caseId, data: { caseId, requestId, proposal: oneOf, balance: balanceOf(balance), explanation, answerBy } }]);
  }

  async disputeOpened(caseId: string, disputeId: string, ground: string, summary: string, agentId: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: DisputeOpenedSchema, key: caseId, data: { caseId, disputeId, ground: GROUNDS[ground] ?? DisputeGround.OTHER, summary, agentId } }]);
  }

  async disputeResolved(caseId: string, disputeId: string, resolution: string, reduction: Money | undefined, explanation: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: DisputeResolvedSchema, key: caseId, data: { caseId, disputeId, resolution: RESOLUTIONS[resolution]!, ...(reduction ? { reduction: money(reduction) } : {}), explanation } }]);
  }

  async informationRequested(caseId: string, requestId: string, topic: string, question: string, answerBy: string, disputeId?: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: InformationRequestedSchema, key: caseId, data: { caseId, requestId, topic: TOPICS[topic] ?? InformationTopic.OTHER, question, answerBy, disputeId: disputeId ?? '' } }]);
  }

  async consultantMessageSent(message: ThreadMessage): Promise<void> {
    await this.outbox.append(this.manager, [{
      schema: ConsultantMessageSentSchema, key: message.caseId,
      data: {
        caseId: message.caseId, messageId: message.id, inReplyTo: message.inReplyTo ?? '', agentId: message.agentId ?? '', authorName: message.authorName, body: message.body,
        attachments: message.attachments.map((a) => ({ documentId: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: BigInt(a.sizeBytes), objectKey: a.objectKey })),
      },
    }]);
  }

  async creditorMessagesRead(caseId: string, messageIds: string[], agentId: string, at: Date): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: CreditorMessagesReadSchema, key: caseId, data: { caseId, messageIds, agentId, readAt: timestampFromDate(at) } }]);
  }

  async thirdPartyLinked(caseId: string, thirdPartyId: string, role: string, effect: ThirdPartyEffect, representative?: { name: string } & RepresentativeContact): Promise<void> {
    await this.outbox.append(this.manager, [{
      schema: ThirdPartyLinkedSchema, key: caseId,
      data: {
        caseId, thirdPartyId, role: ROLES[role] ?? ThirdPartyRole.UNSPECIFIED, contactThroughThirdPartyOnly: effect.contactThroughThirdPartyOnly,
        claimDeclarationToFile: effect.claimDeclarationToFile, heirSearch: effect.heirSearch, explanation: effect.explanation, representsDebtor: effect.representsDebtor,
        ...(representative ? { name: representative.name, phones: representative.phones, email: representative.email ?? '', ...(representative.address ? { address: representative.address } : {}) } : {}),
      },
    }]);
  }
}
