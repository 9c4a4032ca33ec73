import { Injectable } from '@nestjs/common';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Clock } from '@collections/clock';
import {
  CallbackDeclineReason, CallbackDeclinedSchema, CallRequestedSchema, CaseClosedSchema, CaseOpenedSchema, CasePaidInFullSchema, CaseWithdrawnSchema, CreditorInstructedSchema, CreditorInstructionKind, CreditorMessageSentSchema, PaymentAllocatedSchema, ThirdPartyRole, VisitRequestedSchema,
  type Balance, type CallbackDeclined, type CallRequested, type CaseClosed, type CaseOpened, type CasePaidInFull, type CaseWithdrawn, type CreditorInstructed, type CreditorMessageSent, type PaymentAllocated, type VisitRequested,
} from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { enqueueContact } from '../../application/commands/enqueue-contact';
import { receiveCreditorMessage } from '../../application/commands/messages';
import { creditorAnswered } from '../../application/commands/negotiate';
import type { CaseFile } from '../../application/ports/contact-center.ports';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

const balanceOf = (balance: Balance | undefined, currency: string): CaseFile['balance'] => {
  const money = (value: { amountMinor: bigint; currency: string } | undefined) => ({ amountMinor: value?.amountMinor ?? 0n, currency: value?.currency || currency });
  return { principal: money(balance?.principal), interest: money(balance?.interest), costs: money(balance?.costs), charges: money(balance?.charges) };
};

/**
 * What contact-center hears (group contact-center.work-queues): cases opened, the calls and visits
 * dunning requests (tasks in the queues) and the callbacks it declines, the creditor's answers to approval requests and messages, the balance
 * after each payment, and the end of a case (its open tasks are cancelled).
 */
@Injectable()
export class CaseEventsConsumer {
  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly clock: Clock,
  ) {}

  @HandlesEvent(CaseOpenedSchema)
  async onCaseOpened(event: CaseOpened, context: EventContext) {
    const sheet = event.accountingSheet;
    const currency = sheet?.invoices[0]?.principal?.currency || 'EUR';
    const principal = (sheet?.invoices ?? []).reduce((sum, invoice) => sum + (invoice.principal?.amountMinor ?? 0n), 0n) - (sheet?.partialPayments ?? []).reduce((sum, payment) => sum + (payment.amount?.amountMinor ?? 0n), 0n);
    const party = event.debtor?.party;
    const debtorName = party?.case === 'person' ? `${party.value.givenNames} ${party.value.familyName}`.trim() : party?.case === 'company' ? party.value.legalName : '';
    const tx = this.uow.within(context.manager, context.outbox);
    await tx.cases.save({
      caseId: event.caseId, creditorId: event.creditorId, country: event.debtor?.country ?? '', language: (event.debtor?.language || 'en').split('-')[0]!.toLowerCase(), debtorName, currency, closed: false,
      balance: { principal: { amountMinor: principal > 0n ? principal : 0n, currency }, interest: { amountMinor: sheet?.interest?.amountMinor ?? 0n, currency }, costs: { amountMinor: sheet?.costs?.amountMinor ?? 0n, currency }, charges: { amountMinor: 0n, currency } },
    });
    await tx.tasks.adoptAwaiting(event.caseId, event.debtor?.country ?? '');
  }

  /**
   * A call dunning requested becomes a CALL task; a callback the debtor asked for (`callback`) a
   * CALLBACK task held for the agent who took the request, with the later lawful windows it moves to
   * if nobody takes it in time. A call to the debtor's representative shows who they are: the phones
   * are then the representative's.
   */
  @HandlesEvent(CallRequestedSchema)
  async onCallRequested(event: CallRequested, context: EventContext) {
    const callback = event.callback;
    const representative = event.representative;
    await enqueueContact(this.uow.within(context.manager, context.outbox), {
      caseId: event.caseId, actionId: event.actionId, kind: 'CALL', language: event.language,
      notBefore: event.notBefore ? timestampDate(event.notBefore) : this.clock.now(), notAfter: event.notAfter ? timestampDate(event.notAfter) : new Date(this.clock.now().getTime() + 7 * 86_400_000),
      ...(event.balance ? { balance: balanceOf(event.balance, event.balance.principal?.currency ?? 'EUR') } : {}),
      details: {
        step: event.step, phones: event.phones, mergedCases: event.mergedCases.map((merged) => merged.caseId),
        ...(representative ? { representative: { thirdPartyId: representative.thirdPartyId, role: ThirdPartyRole[representative.role] ?? 'UNSPECIFIED', name: representative.name } } : {}),
        ...(callback ? { callback: { interactionId: callback.interactionId, requestedAt: callback.requestedAt ? timestampDate(callback.requestedAt).toISOString() : null } } : {}),
      },
      ...(callback && callback.agentId
        ? {
            callback: {
              agentId: callback.agentId,
              laterWindows: callback.laterWindows.flatMap((window) => (window.notBefore && window.notAfter ? [{ notBefore: timestampDate(window.notBefore), notAfter: timestampDate(window.notAfter) }] : [])),
            },
          }
        : {}),
    }, this.clock.now());
  }

  /** A callback dunning will not make: kept for the agent who took the request (GET /v1/agent/callbacks, `declined`). */
  @HandlesEvent(CallbackDeclinedSchema)
  async onCallbackDeclined(event: CallbackDeclined, context: EventContext) {
    await this.uow.within(context.manager, context.outbox).tasks.recordDeclinedCallback({
      interactionId: event.interactionId, caseId: event.caseId, agentId: event.agentId, requestedAt: event.requestedAt ? timestampDate(event.requestedAt) : this.clock.now(),
      reason: CallbackDeclineReason[event.reason] ?? 'UNSPECIFIED', explanation: event.explanation, declinedAt: new Date(context.event.time ?? this.clock.now()),
    });
  }

  @HandlesEvent(VisitRequestedSchema)
  async onVisitRequested(event: VisitRequested, context: EventContext) {
    const address = event.address;
    await enqueueContact(this.uow.within(context.manager, context.outbox), {
      caseId: event.caseId, actionId: event.actionId, kind: 'VISIT', language: event.language,
      notBefore: event.notBefore ? timestampDate(event.notBefore) : this.clock.now(), notAfter: event.notAfter ? timestampDate(event.notAfter) : new Date(this.clock.now().getTime() + 14 * 86_400_000),
      ...(event.balance ? { balance: balanceOf(event.balance, event.balance.principal?.currency ?? 'EUR') } : {}),
      details: { step: event.step, address: address ? { lines: address.lines, postalCode: address.postalCode, locality: address.locality, country: address.country } : null },
    }, this.clock.now());
  }

  @HandlesEvent(CreditorInstructedSchema)
  async onCreditorInstructed(event: CreditorInstructed, context: EventContext) {
    if (!event.inReplyTo || (event.kind !== CreditorInstructionKind.APPROVE && event.kind !== CreditorInstructionKind.DECLINE)) return;
    await creditorAnswered(this.uow.within(context.manager, context.outbox), event.inReplyTo, event.kind === CreditorInstructionKind.APPROVE, this.clock.now());
  }

  @HandlesEvent(CreditorMessageSentSchema)
  async onCreditorMessage(event: CreditorMessageSent, context: EventContext) {
    await receiveCreditorMessage(this.uow.within(context.manager, context.outbox), {
      id: event.messageId, caseId: event.caseId, from: 'creditor', authorName: event.authorName, agentId: null, body: event.body, inReplyTo: null,
      sentAt: new Date(context.event.time ?? this.clock.now()), readAt: null,
      attachments: event.attachments.map((a) => ({ id: a.documentId, fileName: a.fileName, contentType: a.contentType, sizeBytes: Number(a.sizeBytes), objectKey: a.objectKey })),
    }, this.clock.now());
  }

  @HandlesEvent(PaymentAllocatedSchema)
  async onPaymentAllocated(event: PaymentAllocated, context: EventContext) {
    if (!event.remaining) return;
    await this.uow.within(context.manager, context.outbox).cases.updateBalance(event.caseId, balanceOf(event.remaining, event.remaining.principal?.currency ?? 'EUR'));
  }

  @HandlesEvent(CasePaidInFullSchema)
  async onPaidInFull(event: CasePaidInFull, context: EventContext) {
    await this.endCase(event.caseId, context);
  }

  @HandlesEvent(CaseClosedSchema)
  async onClosed(event: CaseClosed, context: EventContext) {
    await this.endCase(event.caseId, context);
  }

  @HandlesEvent(CaseWithdrawnSchema)
  async onWithdrawn(event: CaseWithdrawn, context: EventContext) {
    await this.endCase(event.caseId, context);
  }

  private async endCase(caseId: string, context: EventContext) {
    const tx = this.uow.within(context.manager, context.outbox);
    await tx.cases.close(caseId);
    await tx.tasks.cancelForCase(caseId);
  }
}
