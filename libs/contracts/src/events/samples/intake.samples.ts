import { create, type Message } from '@bufbuild/protobuf';
import {
  AccountingSheetSchema,
  DebtorSchema,
  InvoiceSchema,
  PartialPaymentSchema,
  type AccountingSheet,
  type Debtor,
} from '../../generated/collections/v1/case_file_pb';
import { DebtCategory } from '../../generated/collections/v1/common_pb';
import {
  CaseOpenedSchema,
  CaseWithdrawnSchema,
  CreditorInstructedSchema,
  CreditorInstructionKind,
  CreditorMessageSentSchema,
  CaseImportCompletedSchema,
  DirectPaymentReportedSchema,
  RegistrationFeeChargedSchema,
  SubmissionRoute,
} from '../../generated/collections/v1/intake_pb';
import {
  ClaimAcceptedSchema,
  ClaimRejected_FieldErrorSchema,
  ClaimRejectedSchema,
  ClaimSubmittedSchema,
} from '../../generated/collections/v1/intake_claims_pb';
import { brusselsAddress, CASE_ID, CONSULTANT_ID, CREDITOR_ID, eur } from './sample-values';

const CLAIM_ID = 'erp-4711-2025-000123';
const CHANNEL_ID = '9e1b7c3a-2f4d-4b6e-8a0c-3d5f7b9e1a55';

export function sampleDebtor(): Debtor {
  return create(DebtorSchema, {
    party: {
      case: 'person',
      value: { givenNames: 'Marie Claire', familyName: 'Dupont', birthDate: '1984-07-21', nationalId: '84072112345' },
    },
    addresses: [brusselsAddress()],
    phones: ['+3225551234'],
    emails: ['marie.dupont@example.be'],
    language: 'fr-BE',
    country: 'BE',
  });
}

export function sampleAccountingSheet(): AccountingSheet {
  return create(AccountingSheetSchema, {
    invoices: [
      create(InvoiceSchema, { number: 'INV-2024-0815', issueDate: '2024-11-02', dueDate: '2024-12-02', principal: eur(123456) }),
    ],
    interest: eur(4210),
    interestRateBp: 1050,
    costs: eur(2500),
    partialPayments: [create(PartialPaymentSchema, { paidOn: '2024-12-20', amount: eur(10000), reference: 'BANK-2024-12-20-77' })],
  });
}

export const intakeSamples: readonly Message[] = [
  create(ClaimSubmittedSchema, {
    claimId: CLAIM_ID,
    channelId: CHANNEL_ID,
    creditorId: CREDITOR_ID,
    creditorReference: 'ACME-CASE-0042',
    debtor: sampleDebtor(),
    accountingSheet: sampleAccountingSheet(),
    category: DebtCategory.CONSUMER,
  }),
  create(ClaimAcceptedSchema, { claimId: CLAIM_ID, channelId: CHANNEL_ID, creditorReference: 'ACME-CASE-0042', caseId: CASE_ID }),
  create(ClaimRejectedSchema, {
    claimId: CLAIM_ID,
    channelId: CHANNEL_ID,
    creditorReference: 'ACME-CASE-0042',
    errors: [
      create(ClaimRejected_FieldErrorSchema, {
        field: 'accounting_sheet.invoices[0].due_date',
        code: 'INVALID_DATE',
        message: 'due_date must be a calendar date YYYY-MM-DD',
      }),
    ],
  }),
  create(CaseOpenedSchema, {
    caseId: CASE_ID,
    creditorId: CREDITOR_ID,
    creditorReference: 'ACME-CASE-0042',
    consultantId: CONSULTANT_ID,
    debtor: sampleDebtor(),
    accountingSheet: sampleAccountingSheet(),
    category: DebtCategory.CONSUMER,
    route: SubmissionRoute.CHANNEL,
    claimId: CLAIM_ID,
    bulkImportId: 'b3c4d5e6-0000-4000-8000-000000000001',
  }),
  create(CaseWithdrawnSchema, { caseId: CASE_ID, creditorId: CREDITOR_ID, reason: 'Settled commercially with the customer' }),
  create(CreditorInstructedSchema, {
    caseId: CASE_ID,
    creditorId: CREDITOR_ID,
    instructionId: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    kind: CreditorInstructionKind.PROVIDE_INFORMATION,
    inReplyTo: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    note: 'Signed contract and delivery note attached.',
    documentIds: ['doc-contract-2024-0815', 'doc-delivery-2024-0815'],
  }),
  create(CreditorMessageSentSchema, {
    caseId: CASE_ID,
    creditorId: CREDITOR_ID,
    messageId: '1e2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7',
    authorName: 'Marie Dupont',
    body: 'The debtor called us directly: could you check whether a plan over 6 months is possible?',
    attachments: [{ documentId: '2f3a4b5c-6d7e-4f80-91a2-b3c4d5e6f708', fileName: 'call-notes.pdf', contentType: 'application/pdf', sizeBytes: 18_432n, objectKey: `messages/${CASE_ID}/2f3a4b5c-6d7e-4f80-91a2-b3c4d5e6f708` }],
  }),
  create(DirectPaymentReportedSchema, {
    caseId: CASE_ID,
    creditorId: CREDITOR_ID,
    reportId: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b99',
    amount: eur(25000),
    receivedOn: '2025-03-10',
    reference: 'ACME-RCPT-5521',
    inReplyTo: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
  }),
  create(RegistrationFeeChargedSchema, {
    caseId: CASE_ID,
    creditorId: CREDITOR_ID,
    fee: eur(1500),
  }),
  create(CaseImportCompletedSchema, {
    caseImportId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
    creditorId: CREDITOR_ID,
    rowsRead: 1250,
    casesOpened: 480,
    casesAlreadyKnown: 12,
    casesRejected: 8,
  }),
];
