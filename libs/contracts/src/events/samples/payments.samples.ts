import { create, type Message } from '@bufbuild/protobuf';
import { BalanceComponent, InstalmentSchema } from '../../generated/collections/v1/common_pb';
import {
  CasePaidInFullSchema,
  FeeInvoiced_LineSchema,
  FeeInvoicedSchema,
  FeeKind,
  InstalmentMissedSchema,
  InstalmentPaidSchema,
  PaymentAllocated_AllocationSchema,
  PaymentAllocatedSchema,
  PaymentMethod,
  PaymentReceivedSchema,
  RefundIssuedSchema,
  RefundReturnedSchema,
  RemittanceIssued_LineSchema,
  RemittanceIssuedSchema,
} from '../../generated/collections/v1/payments_pb';
import { CASE_ID, CREDITOR_ID, eur, sampleBalance } from './sample-values';

const PAYMENT_ID = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b';

export const paymentsSamples: readonly Message[] = [
  create(PaymentReceivedSchema, {
    caseId: CASE_ID,
    paymentId: PAYMENT_ID,
    amount: eur(50000),
    method: PaymentMethod.BANK_TRANSFER,
    valueDate: '2025-03-19',
    payerReference: '+++010/8068/17183+++',
  }),
  create(PaymentAllocatedSchema, {
    caseId: CASE_ID,
    paymentId: PAYMENT_ID,
    allocations: [
      create(PaymentAllocated_AllocationSchema, { component: BalanceComponent.CHARGES, amount: eur(6500) }),
      create(PaymentAllocated_AllocationSchema, { component: BalanceComponent.COSTS, amount: eur(2500) }),
      create(PaymentAllocated_AllocationSchema, { component: BalanceComponent.INTEREST, amount: eur(4210) }),
      create(PaymentAllocated_AllocationSchema, { component: BalanceComponent.PRINCIPAL, amount: eur(36790) }),
    ],
    remaining: sampleBalance(),
  }),
  create(CasePaidInFullSchema, { caseId: CASE_ID, totalCollected: eur(136666), finalPaymentId: PAYMENT_ID, settlementId: '5e771e0d-7c3a-4b1f-9d2e-8a6b4c2d0f13' }),
  create(InstalmentPaidSchema, {
    caseId: CASE_ID,
    planId: '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
    instalment: create(InstalmentSchema, { number: 1, dueDate: '2025-04-01', amount: eur(68333) }),
    paidOn: '2025-03-31',
    instalmentsLeft: 2,
  }),
  create(InstalmentMissedSchema, {
    caseId: CASE_ID,
    planId: '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
    instalment: create(InstalmentSchema, { number: 2, dueDate: '2025-05-01', amount: eur(68333) }),
    paid: eur(20000),
    planBroken: true,
  }),
  create(RefundIssuedSchema, { caseId: CASE_ID, refundId: 'RFD-20250320-0A1B2C3D4E5F', amount: eur(750), executionDate: '2025-03-20', refundDueAfter: eur(500) }),
  create(RefundReturnedSchema, { caseId: CASE_ID, refundId: 'RFD-20250320-0A1B2C3D4E5F', amount: eur(750), returnReason: 'AC04', refundDueAfter: eur(1250) }),
  create(RemittanceIssuedSchema, {
    remittanceId: 'f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c',
    creditorId: CREDITOR_ID,
    paidOn: '2025-03-28',
    lines: [
      create(RemittanceIssued_LineSchema, {
        caseId: CASE_ID,
        paymentId: PAYMENT_ID,
        collected: eur(50000),
        commission: eur(6000),
        costs: eur(1500),
        paidOut: eur(42500),
      }),
    ],
    collected: eur(50000),
    commission: eur(6000),
    costs: eur(1500),
    paidOut: eur(42500),
    statementId: 'stmt-2025-03-acme-0007',
    statementDocument: {
      documentId: 'f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c',
      fileName: 'remittance-statement-2025-03-28.pdf',
      contentType: 'application/pdf',
      sizeBytes: 3_584n,
      objectKey: `statements/${CREDITOR_ID}/f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c.pdf`,
    },
  }),
  create(FeeInvoicedSchema, {
    invoiceId: 'a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d',
    creditorId: CREDITOR_ID,
    invoiceNumber: 'AG-2025-000314',
    issueDate: '2025-03-01',
    dueDate: '2025-03-31',
    lines: [
      create(FeeInvoiced_LineSchema, { kind: FeeKind.REGISTRATION, caseId: CASE_ID, amount: eur(1500), description: 'Case registration' }),
    ],
    total: eur(1500),
    invoiceDocument: {
      documentId: 'a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d',
      fileName: 'invoice-AG-2025-000314.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2_816n,
      objectKey: `invoices/${CREDITOR_ID}/AG-2025-000314.pdf`,
    },
  }),
];
