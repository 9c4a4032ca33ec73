import { Injectable } from '@nestjs/common';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Clock } from '@collections/clock';
import {
  BalanceComponent, CaseOpenedSchema, PaymentAllocatedSchema, type PaymentAllocated, CaseWithdrawnSchema, ContactChannel as ProtoChannel, ContactResult, CreditorInstructedSchema, CreditorInstructionKind, DebtCategory, DebtorScreenedSchema,
  DebtorStatusChangedSchema, DisputeOpenedSchema, DisputeResolution, DisputeResolvedSchema, CasePaidInFullSchema, ContactOutcomeRecordedSchema, InstalmentMissedSchema,
  InformationRequestedSchema, PaymentPlanAgreedSchema, ThirdPartyLinkedSchema, ThirdPartyRole, type ThirdPartyLinked, PaymentReceivedSchema, ScreeningVerdict, SettlementAgreedSchema,
  type CaseOpened, type CaseWithdrawn, type CasePaidInFull, type ContactOutcomeRecorded, type CreditorInstructed, type DebtorScreened, type DebtorStatusChanged,
  type DisputeOpened, type DisputeResolved, type InformationRequested, type InstalmentMissed, type PaymentPlanAgreed, type PaymentReceived, type SettlementAgreed,
} from '@collections/contracts';
import { HandlesEvent, HandlesEventBatch, type EventBatchItem, type EventContext } from '@collections/messaging';
import { react, reactMany, type Reaction } from '../../application/commands/react';
import { scheduleCallback } from '../../application/commands/schedule-callback';
import { Playbook } from '../../application/ports/playbook.port';
import { CasePlan, HEIR_SEARCH_CAUSE, type CaseFacts, type DebtorContacts, type PlanSnapshot, type Representative, type Verdict } from '../../domain/case-plan/case-plan';
import type { BalanceComponentName } from '../../domain/case-plan/outstanding-balance';
import type { ContactChannel } from '../../domain/steps';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

const VERDICTS: Partial<Record<ScreeningVerdict, Verdict>> = {
  [ScreeningVerdict.CLEAR]: 'clear',
  [ScreeningVerdict.SUSPENDED]: 'suspended',
  [ScreeningVerdict.REJECTED]: 'rejected',
  [ScreeningVerdict.NEEDS_REVIEW]: 'needs_review',
};

const CHANNELS: Partial<Record<ProtoChannel, ContactChannel>> = {
  [ProtoChannel.LETTER]: 'LETTER',
  [ProtoChannel.EMAIL]: 'EMAIL',
  [ProtoChannel.SMS]: 'SMS',
  [ProtoChannel.PHONE]: 'PHONE',
};

const COMPONENTS: Partial<Record<BalanceComponent, BalanceComponentName>> = {
  [BalanceComponent.PRINCIPAL]: 'principal',
  [BalanceComponent.INTEREST]: 'interest',
  [BalanceComponent.COSTS]: 'costs',
  [BalanceComponent.CHARGES]: 'charges',
};

/** Grace after a promised payment date before dunning resumes. */
const PROMISE_GRACE_DAYS = 3;

function factsOf(event: CaseOpened): CaseFacts {
  const sheet = event.accountingSheet;
  const invoices = sheet?.invoices ?? [];
  const principal = invoices.reduce((sum, invoice) => sum + (invoice.principal?.amountMinor ?? 0n), 0n);
  const paid = (sheet?.partialPayments ?? []).reduce((sum, payment) => sum + (payment.amount?.amountMinor ?? 0n), 0n);
  return {
    creditorId: event.creditorId,
    country: event.debtor?.country ?? '',
    region: event.debtor?.addresses[0]?.region || undefined,
    debtorKind: event.category === DebtCategory.COMMERCIAL ? 'B2B' : 'B2C',
    language: event.debtor?.language || 'en',
    currency: invoices[0]?.principal?.currency ?? 'EUR',
    principalMinor: principal > paid ? principal - paid : 0n,
    interestMinor: sheet?.interest?.amountMinor ?? 0n,
    costsMinor: sheet?.costs?.amountMinor ?? 0n,
    oldestDueDate: invoices.map((invoice) => invoice.dueDate).filter(Boolean).sort()[0] ?? '',
    invoices: invoices.map((invoice) => ({ number: invoice.number, dueDate: invoice.dueDate, principalMinor: invoice.principal?.amountMinor ?? 0n })),
    openedAt: new Date(),
  };
}

function contactsOf(event: DebtorScreened): DebtorContacts {
  const address = event.contacts?.addresses[0];
  return {
    debtorIdentityId: event.debtorIdentityId,
    channels: event.usableChannels.flatMap((channel) => CHANNELS[channel] ?? []),
    ...(address ? { address: { lines: address.lines, postalCode: address.postalCode, locality: address.locality, region: address.region || undefined, country: address.country } } : {}),
    phones: event.contacts?.phones ?? [],
    emails: event.contacts?.emails ?? [],
  };
}

/** The scenario for a plan that has both its facts and its contacts, chosen once. */
const withScenario = (plan: PlanSnapshot, playbook: Playbook, today: string) =>
  plan.facts && plan.contacts && !plan.scenario ? playbook.scenarioFor(plan.facts, plan.contacts, today) : undefined;

/**
 * Every event that moves a case's plan, from intake, screening, payments and contact-center
 * (group dunning.case-plans). Each is one reaction of the plan's state machine (domain/case-plan),
 * safe when delivered twice or out of order.
 */
@Injectable()
export class CaseEventsConsumer {
  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly playbook: Playbook,
    private readonly clock: Clock,
  ) {}

  private apply(context: EventContext, caseId: string, reaction: Reaction) {
    return react(this.uow.within(context.manager, context.outbox), this.playbook, this.clock, caseId, reaction);
  }

  /** New cases a consumer chunk at a time (a bulk import opens thousands): see reactMany. */
  @HandlesEventBatch(CaseOpenedSchema)
  async onCasesOpened(items: EventBatchItem[]) {
    await this.applyMany(items, (item) => {
      const event = item.data as CaseOpened;
      const facts = { ...factsOf(event), openedAt: item.context.event.time ? new Date(item.context.event.time) : this.clock.now() };
      return {
        caseId: event.caseId,
        reaction: (plan, { playbook, today }) => {
          const opened = CasePlan.caseOpened(plan, facts);
          const scenario = withScenario(opened.plan, playbook, today);
          if (!scenario || !opened.plan.verdict) return opened;
          const screened = CasePlan.screened({ ...opened.plan }, opened.plan.verdict, opened.plan.contacts, scenario);
          return { plan: screened.plan, effects: [...opened.effects, ...screened.effects] };
        },
      };
    });
  }

  /** Screening verdicts a consumer chunk at a time, like new cases; a verdict dunning does not act on is skipped. */
  @HandlesEventBatch(DebtorScreenedSchema)
  async onDebtorsScreened(items: EventBatchItem[]) {
    await this.applyMany(items, (item) => {
      const event = item.data as DebtorScreened;
      const verdict = VERDICTS[event.verdict];
      if (!verdict) return undefined;
      const contacts = contactsOf(event);
      return { caseId: event.caseId, reaction: (plan, { playbook, today }) => CasePlan.screened(plan, verdict, contacts, withScenario({ ...plan, contacts }, playbook, today)) };
    });
  }

  private applyMany(items: EventBatchItem[], reactionOf: (item: EventBatchItem) => { caseId: string; reaction: Reaction } | undefined) {
    const { manager, outbox } = items[0]!.context;
    const reactions = items.flatMap((item) => reactionOf(item) ?? []);
    return reactMany(this.uow.within(manager, outbox), this.playbook, this.clock, reactions);
  }

  @HandlesEvent(DebtorStatusChangedSchema)
  async onDebtorStatusChanged(event: DebtorStatusChanged, context: EventContext) {
    const verdict = VERDICTS[event.verdict];
    if (!verdict) return;
    await this.apply(context, event.caseId, (plan, { playbook, today }) => CasePlan.screened(plan, verdict, plan.contacts, withScenario(plan, playbook, today)));
  }

  @HandlesEvent(CaseWithdrawnSchema)
  async onCaseWithdrawn(event: CaseWithdrawn, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => CasePlan.close(plan, 'WITHDRAWN', `withdrawn by the creditor: ${event.reason}`));
  }

  @HandlesEvent(CreditorInstructedSchema)
  async onCreditorInstructed(event: CreditorInstructed, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => {
      switch (event.kind) {
        case CreditorInstructionKind.HOLD:
          return CasePlan.pause(plan, { kind: 'CREDITOR_HOLD', causeId: `hold:${event.instructionId}` });
        case CreditorInstructionKind.RELEASE_HOLD:
          return CasePlan.releaseHold(plan, event.instructionId, event.inReplyTo ? `hold:${event.inReplyTo}` : undefined);
        case CreditorInstructionKind.ACCEPT_CLOSURE:
          return CasePlan.close(plan, 'CLOSED_ON_RECOMMENDATION', 'the creditor accepted the closure recommendation');
        case CreditorInstructionKind.CONSENT_LEGAL_ACTION:
          return CasePlan.close(plan, 'LEGAL_ACTION', 'the creditor consented to legal action: the amicable phase is over');
        case CreditorInstructionKind.CONTINUE_COLLECTION:
        case CreditorInstructionKind.REFUSE_LEGAL_ACTION:
          return CasePlan.continueCollection(plan, event.inReplyTo);
        default:
          return event.inReplyTo ? CasePlan.endPause(plan, event.inReplyTo, 'the creditor answered') : { plan, effects: [] };
      }
    });
  }

  @HandlesEvent(PaymentReceivedSchema)
  async onPaymentReceived(event: PaymentReceived, context: EventContext) {
    const on = event.valueDate || this.clock.now().toISOString().slice(0, 10);
    await this.apply(context, event.caseId, (plan) => CasePlan.paymentReceived(plan, event.paymentId, event.amount?.amountMinor ?? 0n, on));
  }

  @HandlesEvent(PaymentAllocatedSchema)
  async onPaymentAllocated(event: PaymentAllocated, context: EventContext) {
    const parts = event.allocations.flatMap((part) => {
      const component = COMPONENTS[part.component];
      return component ? [{ component, amountMinor: part.amount?.amountMinor ?? 0n }] : [];
    });
    await this.apply(context, event.caseId, (plan) => ({ plan: CasePlan.paymentAllocated(plan, event.paymentId, parts), effects: [] }));
  }

  @HandlesEvent(CasePaidInFullSchema)
  async onCasePaidInFull(event: CasePaidInFull, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => CasePlan.paidInFull(plan, event.settlementId || undefined));
  }

  @HandlesEvent(PaymentPlanAgreedSchema)
  async onPaymentPlanAgreed(event: PaymentPlanAgreed, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => CasePlan.pause(plan, { kind: 'PAYMENT_ARRANGEMENT', causeId: event.planId }));
  }

  @HandlesEvent(SettlementAgreedSchema)
  async onSettlementAgreed(event: SettlementAgreed, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => CasePlan.pause(plan, { kind: 'PAYMENT_ARRANGEMENT', causeId: event.settlementId, until: event.payBy }));
  }

  @HandlesEvent(InstalmentMissedSchema)
  async onInstalmentMissed(event: InstalmentMissed, context: EventContext) {
    if (!event.planBroken) return;
    await this.apply(context, event.caseId, (plan) => CasePlan.planBreached(plan, event.planId));
  }

  @HandlesEvent(DisputeOpenedSchema)
  async onDisputeOpened(event: DisputeOpened, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => CasePlan.pause(plan, { kind: 'DISPUTE', causeId: event.disputeId }));
  }

  @HandlesEvent(DisputeResolvedSchema)
  async onDisputeResolved(event: DisputeResolved, context: EventContext) {
    await this.apply(context, event.caseId, (plan) =>
      event.resolution === DisputeResolution.CLAIM_CANCELLED
        ? CasePlan.close(CasePlan.endPause(plan, event.disputeId, 'dispute resolved').plan, 'CLOSED_ON_RECOMMENDATION', 'the dispute cancelled the claim')
        : CasePlan.endPause(plan, event.disputeId, `dispute resolved: ${DisputeResolution[event.resolution]?.toLowerCase().replace(/_/g, ' ') ?? 'resolved'}`),
    );
  }

  /** The agency asked the creditor for documents or information: the case waits for the answer, until its deadline. */
  @HandlesEvent(InformationRequestedSchema)
  async onInformationRequested(event: InformationRequested, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => CasePlan.pause(plan, { kind: 'AWAITING_CREDITOR', causeId: event.requestId, ...(event.answerBy ? { until: event.answerBy } : {}) }));
  }

  /**
   * A third party linked to the case. One who represents the debtor (a lawyer, a provisional
   * administrator, the notary of a deceased debtor's estate): collection goes on, addressed to them.
   * A debt mediator or trustee now stands between the agency and the debtor (or the debtor died and
   * the heirs are searched for): collection stops (THIRD_PARTY pause); the consultant works the case
   * through the third party.
   */
  @HandlesEvent(ThirdPartyLinkedSchema)
  async onThirdPartyLinked(event: ThirdPartyLinked, context: EventContext) {
    if (event.representsDebtor) {
      const representative = representativeOf(event);
      await this.apply(context, event.caseId, (plan) => CasePlan.representedBy(plan, representative));
      return;
    }
    if (!event.contactThroughThirdPartyOnly && !event.heirSearch) return;
    const causeId = event.heirSearch ? `${HEIR_SEARCH_CAUSE}${event.thirdPartyId}` : `third-party:${event.thirdPartyId}`;
    await this.apply(context, event.caseId, (plan) => CasePlan.pause(plan, { kind: 'THIRD_PARTY', causeId }));
  }

  @HandlesEvent(ContactOutcomeRecordedSchema)
  async onContactOutcome(event: ContactOutcomeRecorded, context: EventContext) {
    await this.apply(context, event.caseId, (plan) => {
      if (event.result === ContactResult.WRONG_NUMBER) return plan.representative ? { plan, effects: [] } : CasePlan.dropChannel(plan, 'PHONE');
      if (event.result === ContactResult.PROMISE_TO_PAY && event.promise?.payBy) {
        const until = new Date(Date.parse(`${event.promise.payBy}T00:00:00Z`) + PROMISE_GRACE_DAYS * 86_400_000).toISOString().slice(0, 10);
        return CasePlan.pause(plan, { kind: 'PROMISE_TO_PAY', causeId: `promise:${event.interactionId}`, until });
      }
      return { plan, effects: [] };
    });
    if (event.result === ContactResult.CALLBACK_REQUESTED && event.callbackAt) {
      // The plan does not change; the callback is a call request at the first lawful instant (refused on a closed or stopped case).
      await scheduleCallback(
        this.uow.within(context.manager, context.outbox), this.playbook,
        { caseId: event.caseId, interactionId: event.interactionId, agentId: event.agentId, requestedAt: timestampDate(event.callbackAt) }, this.clock.now(),
      );
    }
  }
}

/** The representative as ThirdPartyLinked gives them (name and contact details, kept in the plan to address letters and calls). */
function representativeOf(event: ThirdPartyLinked): Representative {
  const address = event.address;
  return {
    thirdPartyId: event.thirdPartyId, role: ThirdPartyRole[event.role] ?? 'UNSPECIFIED', name: event.name, phones: event.phones,
    ...(address && address.lines.length > 0 ? { address: { lines: address.lines, postalCode: address.postalCode, locality: address.locality, region: address.region || undefined, country: address.country } } : {}),
    ...(event.email ? { email: event.email } : {}),
  };
}
