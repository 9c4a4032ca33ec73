import { create, type Message } from '@bufbuild/protobuf';
import { ContactChannel } from '../../generated/collections/v1/common_pb';
import {
  ContactDirection,
  ContactOutcomeRecorded_PromiseToPaySchema,
  ConsultantMessageSentSchema,
  ContactOutcomeRecordedSchema,
  CreditorMessagesReadSchema,
  ContactResult,
  CreditorApprovalRequestedSchema,
  DisputeGround,
  DisputeOpenedSchema,
  DisputeResolution,
  DisputeResolvedSchema,
  InformationRequestedSchema,
  InformationTopic,
  PaymentPlanAgreedSchema,
  SettlementAgreedSchema,
  ThirdPartyRole,
} from '../../generated/collections/v1/contact_center_pb';
import { AGENT_ID, CASE_ID, eur, instant, sampleBalance, sampleInstalments } from './sample-values';

const DISPUTE_ID = '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d';
const APPROVAL_REQUEST_ID = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';

export const contactCenterSamples: readonly Message[] = [
  create(ContactOutcomeRecordedSchema, {
    caseId: CASE_ID,
    interactionId: '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b',
    actionId: '6f5e4d3c-2b1a-4098-8765-43210fedcba9',
    agentId: AGENT_ID,
    channel: ContactChannel.PHONE,
    direction: ContactDirection.OUTBOUND,
    result: ContactResult.PROMISE_TO_PAY,
    contactedAt: instant('2025-03-11T09:42:13Z'),
    promise: create(ContactOutcomeRecorded_PromiseToPaySchema, { amount: eur(50000), payBy: '2025-03-20' }),
    callbackAt: instant('2025-03-21T09:00:00Z'),
    thirdParty: ThirdPartyRole.DEBT_MEDIATOR,
    note: 'Mediator on the line with the debtor; promise confirmed by e-mail.',
  }),
  create(PaymentPlanAgreedSchema, {
    caseId: CASE_ID,
    planId: '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
    instalments: sampleInstalments(),
    balance: sampleBalance(),
    agentId: AGENT_ID,
    approvalRequestId: APPROVAL_REQUEST_ID,
  }),
  create(SettlementAgreedSchema, {
    caseId: CASE_ID,
    settlementId: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
    amount: eur(110000),
    payBy: '2025-03-31',
    balance: sampleBalance(),
    agentId: AGENT_ID,
    approvalRequestId: APPROVAL_REQUEST_ID,
  }),
  create(DisputeOpenedSchema, {
    caseId: CASE_ID,
    disputeId: DISPUTE_ID,
    ground: DisputeGround.DEFECTIVE_GOODS_OR_SERVICE,
    summary: 'Debtor says the washing machine was delivered broken and returned it.',
    agentId: AGENT_ID,
  }),
  create(DisputeResolvedSchema, {
    caseId: CASE_ID,
    disputeId: DISPUTE_ID,
    resolution: DisputeResolution.AMOUNT_REDUCED,
    reduction: eur(20000),
    explanation: 'Creditor granted a commercial discount for the late delivery.',
  }),
  create(CreditorApprovalRequestedSchema, {
    caseId: CASE_ID,
    requestId: APPROVAL_REQUEST_ID,
    proposal: { case: 'paymentPlan', value: { instalments: sampleInstalments() } },
    balance: sampleBalance(),
    explanation: 'Debtor is employed; two instalments are affordable per the income declaration.',
    answerBy: '2025-03-18',
  }),
  create(InformationRequestedSchema, {
    caseId: CASE_ID,
    requestId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    topic: InformationTopic.SUPPORTING_DOCUMENTS,
    question: 'Please send the signed contract and the delivery note.',
    disputeId: DISPUTE_ID,
    answerBy: '2025-03-25',
  }),
  create(ConsultantMessageSentSchema, {
    caseId: CASE_ID,
    messageId: '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819',
    inReplyTo: '1e2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7',
    agentId: AGENT_ID,
    authorName: 'Claire Lambert',
    body: 'Yes: the debtor can afford 6 instalments of EUR 250. I will propose it on my next call.',
    attachments: [{ documentId: '4b5c6d7e-8f90-4a1b-b2c3-d4e5f6071829', fileName: 'affordability.pdf', contentType: 'application/pdf', sizeBytes: 9_216n, objectKey: `messages/${CASE_ID}/4b5c6d7e-8f90-4a1b-b2c3-d4e5f6071829` }],
  }),
  create(CreditorMessagesReadSchema, {
    caseId: CASE_ID,
    messageIds: ['1e2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7'],
    agentId: AGENT_ID,
    readAt: instant('2025-03-12T09:30:00Z'),
  }),
];
