import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@collections/clock';
import {
  BalanceComponent, CaseOpenedSchema, ChargesAppliedSchema, DebtCategory, DirectPaymentReportedSchema, PaymentPlanAgreedSchema, RegistrationFeeChargedSchema, SettlementAgreedSchema,
  type CaseOpened, type ChargesApplied, type DirectPaymentReported, type Money as ProtoMoney, type PaymentPlanAgreed, type RegistrationFeeCharged, type SettlementAgreed,
} from '@collections/contracts';
import { HandlesEvent, HandlesEventBatch, type EventBatchItem, type EventContext } from '@collections/messaging';
import { agreePlan, agreeSettlement } from '../../application/commands/agree-plans';
import { applyCharges } from '../../application/commands/apply-charges';
import { chargeRegistrationFee } from '../../application/commands/invoice-fees';
import { openCaseAccounts, type CaseOpening } from '../../application/commands/open-case-account';
import { receivePayment } from '../../application/commands/receive-payment';
import type { Money } from '../../domain/money';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

/** Creditors must report a payment they received within 48 hours; a later report is flagged. */
export const DIRECT_PAYMENT_REPORT_HOURS = 48;

const COMPONENTS = { [BalanceComponent.INTEREST]: 'INTEREST', [BalanceComponent.COSTS]: 'COSTS', [BalanceComponent.CHARGES]: 'CHARGES' } as const;
const money = (value: ProtoMoney | undefined, currency: string): Money => ({ amountMinor: value?.amountMinor ?? 0n, currency: value?.currency || currency });

function caseOpening(event: CaseOpened): CaseOpening {
  const invoices = event.accountingSheet?.invoices ?? [];
  const currency = invoices[0]?.principal?.currency || 'EUR';
  return {
    caseId: event.caseId, creditorId: event.creditorId, country: event.debtor?.country ?? '', category: event.category === DebtCategory.COMMERCIAL ? 'B2B' : 'B2C', debtorName: debtorNameOf(event),
    invoices: invoices.map((invoice) => ({ number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, principal: money(invoice.principal, currency) })),
    interest: money(event.accountingSheet?.interest, currency), costs: money(event.accountingSheet?.costs, currency),
    partialPayments: (event.accountingSheet?.partialPayments ?? []).map((payment) => money(payment.amount, currency)),
  };
}

function debtorNameOf(event: CaseOpened): string {
  const party = event.debtor?.party;
  if (party?.case === 'person') return `${party.value.givenNames} ${party.value.familyName}`.trim();
  if (party?.case === 'company') return party.value.legalName;
  return '';
}

/**
 * What payments hears of cases (group payments.ledger): a case opened (its account, references and
 * opening entry), charges dunning applied under the law, plans and settlements agreed, payments the
 * creditor received itself, and registration fees to invoice.
 */
@Injectable()
export class CaseEventsConsumer {
  private readonly logger = new Logger(CaseEventsConsumer.name);

  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** A chunk of new cases at once: a handful of statements per chunk, not per case (a bulk import opens thousands). */
  @HandlesEventBatch(CaseOpenedSchema)
  async onCasesOpened(items: EventBatchItem[]) {
    const { manager, outbox } = items[0]!.context;
    await openCaseAccounts(this.uow.within(manager, outbox), items.map(({ data }) => caseOpening(data as CaseOpened)), this.clock.now());
  }

  @HandlesEvent(ChargesAppliedSchema)
  async onChargesApplied(event: ChargesApplied, context: EventContext) {
    const charges = event.charges.flatMap((charge) => {
      const component = COMPONENTS[charge.component as keyof typeof COMPONENTS];
      return component && charge.amount ? [{ component, amount: money(charge.amount, charge.amount.currency) }] : [];
    });
    await applyCharges(this.uow.within(context.manager, context.outbox), event.caseId, context.event.id, charges, this.clock.now());
  }

  @HandlesEvent(PaymentPlanAgreedSchema)
  async onPlanAgreed(event: PaymentPlanAgreed, context: EventContext) {
    const outcome = await agreePlan(this.uow.within(context.manager, context.outbox), {
      planId: event.planId, caseId: event.caseId,
      instalments: event.instalments.map((instalment) => ({ number: instalment.number, dueDate: instalment.dueDate, amount: money(instalment.amount, instalment.amount?.currency ?? 'EUR') })),
    });
    if (outcome === 'awaiting-case') this.logger.log({ msg: 'plan kept for a case not opened here yet', caseId: event.caseId, planId: event.planId });
  }

  @HandlesEvent(SettlementAgreedSchema)
  async onSettlementAgreed(event: SettlementAgreed, context: EventContext) {
    const currency = event.amount?.currency ?? 'EUR';
    const balance = event.balance;
    const total = (balance?.principal?.amountMinor ?? 0n) + (balance?.interest?.amountMinor ?? 0n) + (balance?.costs?.amountMinor ?? 0n) + (balance?.charges?.amountMinor ?? 0n);
    const outcome = await agreeSettlement(this.uow.within(context.manager, context.outbox), {
      settlementId: event.settlementId, caseId: event.caseId, amount: money(event.amount, currency), payBy: event.payBy, balance: { amountMinor: total, currency },
    });
    if (outcome === 'awaiting-case') this.logger.log({ msg: 'settlement kept for a case not opened here yet', caseId: event.caseId, settlementId: event.settlementId });
  }

  @HandlesEvent(DirectPaymentReportedSchema)
  async onDirectPayment(event: DirectPaymentReported, context: EventContext) {
    const now = this.clock.now();
    const reportedAt = context.event.time ? new Date(context.event.time) : now;
    const lateReport = reportedAt.getTime() - Date.parse(`${event.receivedOn}T23:59:59Z`) > DIRECT_PAYMENT_REPORT_HOURS * 3_600_000;
    const outcome = await receivePayment(this.uow.within(context.manager, context.outbox), {
      id: randomUUID(), source: 'creditor', externalId: event.reportId, caseId: event.caseId, amount: money(event.amount, event.amount?.currency ?? 'EUR'), method: 'PAID_TO_CREDITOR',
      valueDate: event.receivedOn, payerReference: event.reference, payerName: '', receivedAt: now.toISOString(), toCreditor: true, lateReport,
    }, now);
    if (lateReport) this.logger.warn({ msg: 'direct payment reported more than 48 hours after receipt', caseId: event.caseId, reportId: event.reportId, receiptId: outcome.receiptId });
  }

  @HandlesEvent(RegistrationFeeChargedSchema)
  async onRegistrationFee(event: RegistrationFeeCharged, context: EventContext) {
    if (!event.fee || event.fee.amountMinor <= 0n) return;
    await chargeRegistrationFee(this.uow.within(context.manager, context.outbox), { caseId: event.caseId, creditorId: event.creditorId, amount: money(event.fee, event.fee.currency) });
  }
}
