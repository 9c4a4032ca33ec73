import {
  BalanceComponent, CasePaidInFullSchema, FeeInvoicedSchema, FeeKind, InstalmentMissedSchema, InstalmentPaidSchema, PaymentAllocatedSchema, PaymentMethod, PaymentReceivedSchema, RefundIssuedSchema, RefundReturnedSchema, RemittanceIssuedSchema,
} from '@collections/contracts';
import type { OutboxWriter, OutgoingEvent } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { PaymentsPublisher, type AllocationReport, type FeeInvoiceReport, type Receipt, type RemittanceReport } from '../../application/ports/payments.ports';
import type { Money } from '../../domain/money';
import type { ArchivedDocument } from '../../application/ports/document-archive.port';

const METHODS: Record<Receipt['method'], PaymentMethod> = {
  BANK_TRANSFER: PaymentMethod.BANK_TRANSFER, CARD: PaymentMethod.CARD, CHEQUE: PaymentMethod.CHEQUE, PAID_TO_CREDITOR: PaymentMethod.PAID_TO_CREDITOR,
};
const COMPONENTS = { PRINCIPAL: BalanceComponent.PRINCIPAL, INTEREST: BalanceComponent.INTEREST, COSTS: BalanceComponent.COSTS, CHARGES: BalanceComponent.CHARGES } as const;
const FEES = { REGISTRATION: FeeKind.REGISTRATION, COMMISSION: FeeKind.COMMISSION, COSTS: FeeKind.COSTS } as const;
const money = (value: Money) => ({ amountMinor: value.amountMinor, currency: value.currency });

/**
 * payments.ledger.v1 (keyed by case) and payments.creditor-accounts.v1 (keyed by creditor), through
 * the caller's transaction. Buffered, a batch of receipts writes its events in one statement when
 * the unit of work flushes before committing; unbuffered (inside a consumer's transaction) each
 * event is written at once.
 */
export class OutboxPaymentsPublisher extends PaymentsPublisher {
  private readonly pending: OutgoingEvent[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
    private readonly buffered = false,
  ) {
    super();
  }

  async flush(): Promise<void> {
    const events = this.pending.splice(0);
    await this.outbox.append(this.manager, events);
  }

  private async emit(event: OutgoingEvent): Promise<void> {
    this.pending.push(event);
    if (!this.buffered) await this.flush();
  }

  async paymentReceived(receipt: Receipt, caseId: string): Promise<void> {
    await this.emit({
      schema: PaymentReceivedSchema, key: caseId,
      data: { caseId, paymentId: receipt.id, amount: money(receipt.amount), method: METHODS[receipt.method], valueDate: receipt.valueDate, payerReference: receipt.payerReference || receipt.remittanceText || '' },
    });
  }

  async paymentAllocated(report: AllocationReport): Promise<void> {
    await this.emit({
      schema: PaymentAllocatedSchema, key: report.caseId,
      data: {
        caseId: report.caseId, paymentId: report.paymentId,
        allocations: report.parts.map((part) => ({ component: COMPONENTS[part.component], amount: money(part.amount) })),
        remaining: { principal: money(report.remaining.principal), interest: money(report.remaining.interest), costs: money(report.remaining.costs), charges: money(report.remaining.charges) },
      },
    });
  }

  async casePaidInFull(caseId: string, totalCollected: Money, finalPaymentId: string, settlementId?: string): Promise<void> {
    await this.emit({ schema: CasePaidInFullSchema, key: caseId, data: { caseId, totalCollected: money(totalCollected), finalPaymentId, settlementId: settlementId ?? '' } });
  }

  async instalmentPaid(caseId: string, planId: string, instalment: { number: number; dueDate: string; amount: Money }, paidOn: string, instalmentsLeft: number): Promise<void> {
    await this.emit({
      schema: InstalmentPaidSchema, key: caseId,
      data: { caseId, planId, instalment: { number: instalment.number, dueDate: instalment.dueDate, amount: money(instalment.amount) }, paidOn, instalmentsLeft },
    });
  }

  async instalmentMissed(caseId: string, planId: string, instalment: { number: number; dueDate: string; amount: Money }, paid: Money, planBroken: boolean): Promise<void> {
    await this.emit({
      schema: InstalmentMissedSchema, key: caseId,
      data: { caseId, planId, instalment: { number: instalment.number, dueDate: instalment.dueDate, amount: money(instalment.amount) }, paid: money(paid), planBroken },
    });
  }

  async remittanceIssued(report: RemittanceReport): Promise<void> {
    await this.emit({
      schema: RemittanceIssuedSchema, key: report.creditorId,
      data: {
        remittanceId: report.remittanceId, creditorId: report.creditorId, paidOn: report.paidOn, statementId: report.statementId, statementDocument: storedDocument(report.statementDocument),
        lines: report.lines.map((line) => ({ caseId: line.caseId, paymentId: line.paymentId, collected: money(line.collected), commission: money(line.commission), costs: money(line.costs), paidOut: money(line.paidOut) })),
        collected: money(report.collected), commission: money(report.commission), costs: money(report.costs), paidOut: money(report.paidOut),
      },
    });
  }

  async refundIssued(refund: { caseId: string; refundId: string; amount: Money; executionDate: string; refundDueAfter: Money }): Promise<void> {
    await this.emit({
      schema: RefundIssuedSchema, key: refund.caseId,
      data: { caseId: refund.caseId, refundId: refund.refundId, amount: money(refund.amount), executionDate: refund.executionDate, refundDueAfter: money(refund.refundDueAfter) },
    });
  }

  async refundReturned(refund: { caseId: string; refundId: string; amount: Money; returnReason?: string; refundDueAfter: Money }): Promise<void> {
    await this.emit({
      schema: RefundReturnedSchema, key: refund.caseId,
      data: { caseId: refund.caseId, refundId: refund.refundId, amount: money(refund.amount), returnReason: refund.returnReason ?? '', refundDueAfter: money(refund.refundDueAfter) },
    });
  }

  async feeInvoiced(report: FeeInvoiceReport): Promise<void> {
    await this.emit({
      schema: FeeInvoicedSchema, key: report.creditorId,
      data: {
        invoiceId: report.invoiceId, creditorId: report.creditorId, invoiceNumber: report.invoiceNumber, issueDate: report.issueDate, dueDate: report.dueDate,
        lines: report.lines.map((line) => ({ kind: FEES[line.kind], caseId: line.caseId ?? '', amount: money(line.amount), description: line.description })),
        total: money(report.total), invoiceDocument: storedDocument(report.invoiceDocument),
      },
    });
  }
}

/** The contract's StoredDocument (its size is an int64). */
function storedDocument(document: ArchivedDocument) {
  return { ...document, sizeBytes: BigInt(document.sizeBytes) };
}
