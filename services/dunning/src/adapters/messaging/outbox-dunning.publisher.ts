import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  CallbackDeclineReason,
  CallbackDeclinedSchema,
  CallRequestedSchema,
  CaseClosedSchema,
  CaseEscalatedSchema,
  ChargeKind,
  ChargesAppliedSchema,
  BalanceComponent,
  CaseOutcome,
  ClosureReason,
  ClosureRecommendedSchema,
  LegalActionRecommendedSchema,
  ContactChannel as ProtoChannel,
  DunningPausedSchema,
  DunningResumedSchema,
  DunningStage,
  DunningStepKind,
  NextStepScheduledSchema,
  LetterRequestedSchema,
  MessageRequestedSchema,
  PauseReason,
  ThirdPartyRole,
  VisitRequestedSchema,
} from '@collections/contracts';
import type { OutboxWriter, OutgoingEvent } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { DunningPublisher, type DeclinedCallback, type ScheduledStep, type Stage, type StepAction } from '../../application/ports/dunning-publisher.port';
import type { Charge } from '../../domain/charges';
import { addresseeOf } from '../../domain/case-plan/addressee';
import type { Outcome, PauseKind, PlanSnapshot } from '../../domain/case-plan/case-plan';
import { outstandingBalance } from '../../domain/case-plan/outstanding-balance';
import type { Recommendation } from '../../domain/evaluation/evaluation';
import type { StepKind } from '../../domain/steps';

const STAGES: Record<Stage, DunningStage> = {
  REMINDERS: DunningStage.REMINDERS,
  VISIT: DunningStage.VISIT,
  FORMAL_NOTICE: DunningStage.FORMAL_NOTICE,
  INTENSIVE_FOLLOW_UP: DunningStage.INTENSIVE_FOLLOW_UP,
  EVALUATION: DunningStage.EVALUATION,
};

const DECLINE_REASONS: Record<DeclinedCallback['reason'], CallbackDeclineReason> = {
  UNKNOWN_CASE: CallbackDeclineReason.UNKNOWN_CASE, CLOSED: CallbackDeclineReason.CASE_CLOSED, NO_DIRECT_CONTACT: CallbackDeclineReason.NO_DIRECT_CONTACT, NO_PHONE: CallbackDeclineReason.NO_PHONE,
};

const PAUSES: Record<PauseKind, PauseReason> = {
  DISPUTE: PauseReason.DISPUTE,
  PAYMENT_ARRANGEMENT: PauseReason.PAYMENT_ARRANGEMENT,
  CREDITOR_HOLD: PauseReason.CREDITOR_HOLD,
  SCREENING_SUSPENDED: PauseReason.SCREENING_SUSPENDED,
  SCREENING_REVIEW: PauseReason.SCREENING_SUSPENDED,
  AWAITING_CREDITOR: PauseReason.AWAITING_CREDITOR,
  PROMISE_TO_PAY: PauseReason.PAYMENT_ARRANGEMENT,
  THIRD_PARTY: PauseReason.THIRD_PARTY,
};

const CHARGE_KINDS: Record<Charge['kind'], ChargeKind> = {
  DAMAGES: ChargeKind.DAMAGES,
  REMINDER_FEE: ChargeKind.REMINDER_FEE,
  COLLECTION_COSTS: ChargeKind.COLLECTION_COSTS,
  PAYMENT_PLAN_FEE: ChargeKind.PAYMENT_PLAN_FEE,
  DEFAULT_INTEREST: ChargeKind.DEFAULT_INTEREST,
};

const OUTCOMES: Record<Outcome, CaseOutcome> = {
  PAID_IN_FULL: CaseOutcome.PAID_IN_FULL,
  SETTLED: CaseOutcome.SETTLED,
  PLAN_COMPLETED: CaseOutcome.PLAN_COMPLETED,
  CLOSED_ON_RECOMMENDATION: CaseOutcome.CLOSED_ON_RECOMMENDATION,
  LEGAL_ACTION: CaseOutcome.LEGAL_ACTION,
  CREDITOR_UNRESPONSIVE: CaseOutcome.CREDITOR_UNRESPONSIVE,
  WITHDRAWN: CaseOutcome.WITHDRAWN,
  UNCOLLECTABLE: CaseOutcome.UNCOLLECTABLE,
};

/** The balance as dunning knows it (see outstandingBalance); payments owns the full statement. */
function balanceOf(plan: PlanSnapshot) {
  const currency = plan.facts?.currency ?? 'EUR';
  const owed = outstandingBalance(plan);
  const money = (amountMinor: bigint) => ({ amountMinor, currency });
  return { principal: money(owed.principal), interest: money(owed.interest), costs: money(owed.costs), charges: money(owed.charges) };
}

/** The postal address of whom the plan writes to: the debtor, or their representative. */
function addressOf(plan: PlanSnapshot) {
  const address = addresseeOf(plan).address;
  return address ? { lines: address.lines, postalCode: address.postalCode, locality: address.locality, region: address.region ?? '', country: address.country } : undefined;
}

const ROLES: Record<string, ThirdPartyRole> = {
  LAWYER: ThirdPartyRole.LAWYER, PROVISIONAL_ADMINISTRATOR: ThirdPartyRole.PROVISIONAL_ADMINISTRATOR, NOTARY: ThirdPartyRole.NOTARY, DEBT_MEDIATOR: ThirdPartyRole.DEBT_MEDIATOR,
  TRUSTEE: ThirdPartyRole.TRUSTEE, SOCIAL_SERVICES: ThirdPartyRole.SOCIAL_SERVICES, HEIR: ThirdPartyRole.HEIR,
};

/** The marker that a request goes to the debtor's representative, not the debtor. */
function representativeOf(plan: PlanSnapshot) {
  const representative = plan.representative;
  return representative ? { representative: { thirdPartyId: representative.thirdPartyId, role: ROLES[representative.role] ?? ThirdPartyRole.UNSPECIFIED, name: representative.name } } : {};
}

const windowOf = (window: { notBefore: Date; notAfter: Date }) => ({ notBefore: timestampFromDate(window.notBefore), notAfter: timestampFromDate(window.notAfter) });

/** Each requested action becomes the event of the service that carries it out, keyed by case id. */
function requestEvent(action: StepAction): OutgoingEvent {
  const { plan } = action;
  const common = { caseId: plan.caseId, actionId: action.actionId, step: action.stepId, language: plan.facts?.language ?? 'en', balance: balanceOf(plan) };
  const mergedCases = (action.merged ?? []).map((merged) => ({ caseId: merged.plan.caseId, actionId: merged.actionId, step: merged.stepId, balance: balanceOf(merged.plan) }));
  const window = action.window ? { notBefore: timestampFromDate(action.window.notBefore), notAfter: timestampFromDate(action.window.notAfter) } : {};
  const to = addresseeOf(plan);
  const represented = representativeOf(plan);
  const callback = action.callback
    ? { callback: { interactionId: action.callback.interactionId, agentId: action.callback.agentId, requestedAt: timestampFromDate(action.callback.requestedAt), laterWindows: action.callback.laterWindows.map(windowOf) } }
    : {};
  switch (action.stepKind) {
    case 'LETTER':
    case 'FORMAL_NOTICE':
      return { schema: LetterRequestedSchema, key: plan.caseId, data: { ...common, templateKey: action.templateKey ?? action.stepId, address: addressOf(plan), respondBy: action.respondBy ?? '', mergedCases, ...represented } };
    case 'EMAIL':
      return { schema: MessageRequestedSchema, key: plan.caseId, data: { ...common, channel: ProtoChannel.EMAIL, recipient: to.emails[0] ?? '', templateKey: action.templateKey ?? action.stepId, respondBy: action.respondBy ?? '', mergedCases, ...represented } };
    case 'SMS':
      return { schema: MessageRequestedSchema, key: plan.caseId, data: { ...common, channel: ProtoChannel.SMS, recipient: to.phones[0] ?? '', templateKey: action.templateKey ?? action.stepId, respondBy: action.respondBy ?? '', ...represented } };
    case 'CALL':
    case 'INTENSIVE_CALLS':
      return { schema: CallRequestedSchema, key: plan.caseId, data: { ...common, phones: to.phones, ...window, mergedCases, ...represented, ...callback } };
    case 'VISIT':
      return { schema: VisitRequestedSchema, key: plan.caseId, data: { ...common, address: addressOf(plan), ...window } };
    case 'EVALUATION':
      return { schema: CaseEscalatedSchema, key: plan.caseId, data: { caseId: plan.caseId, fromStage: DunningStage.EVALUATION, toStage: DunningStage.EVALUATION, reason: 'the scenario ends: the consultant evaluates the case' } };
  }
}

/** Dunning's events on dunning.actions.v1 through the caller's transaction. */
export class OutboxDunningPublisher extends DunningPublisher {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async stepRequested(actions: StepAction[]): Promise<void> {
    await this.outbox.append(this.manager, actions.map(requestEvent));
  }

  async callbackDeclined(declined: DeclinedCallback): Promise<void> {
    await this.outbox.append(this.manager, [{
      schema: CallbackDeclinedSchema, key: declined.caseId,
      data: {
        caseId: declined.caseId, interactionId: declined.interactionId, agentId: declined.agentId, requestedAt: timestampFromDate(declined.requestedAt),
        reason: DECLINE_REASONS[declined.reason], explanation: declined.explanation,
      },
    }]);
  }

  async chargesApplied(caseId: string, charges: Charge[]): Promise<void> {
    if (charges.length === 0) return;
    await this.outbox.append(this.manager, [
      {
        schema: ChargesAppliedSchema,
        key: caseId,
        data: {
          caseId,
          charges: charges.map((charge) => ({
            kind: CHARGE_KINDS[charge.kind],
            amount: { amountMinor: charge.amountMinor, currency: charge.currency },
            component: charge.kind === 'DEFAULT_INTEREST' ? BalanceComponent.INTEREST : BalanceComponent.CHARGES,
            rule: charge.ruleId,
            periodStart: charge.period?.start ?? '',
            periodEnd: charge.period?.end ?? '',
          })),
        },
      },
    ]);
  }

  async recommended(plan: PlanSnapshot, recommendationId: string, recommendation: Recommendation): Promise<void> {
    const caseId = plan.caseId;
    const common = { caseId, recommendationId, explanation: recommendation.explanation, balance: balanceOf(plan) };
    await this.outbox.append(this.manager, [
      recommendation.kind === 'closure'
        ? { schema: ClosureRecommendedSchema, key: caseId, data: { ...common, reason: ClosureReason[recommendation.reason] } }
        : { schema: LegalActionRecommendedSchema, key: caseId, data: { ...common, estimatedCosts: { amountMinor: recommendation.estimatedCostsMinor, currency: plan.facts?.currency ?? 'EUR' } } },
    ]);
  }

  async escalated(caseId: string, from: Stage, to: Stage, reason: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: CaseEscalatedSchema, key: caseId, data: { caseId, fromStage: STAGES[from], toStage: STAGES[to], reason } }]);
  }

  async paused(caseId: string, kind: PauseKind, causeId: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: DunningPausedSchema, key: caseId, data: { caseId, reason: PAUSES[kind], causeId } }]);
  }

  async resumed(caseId: string, ended: PauseKind, explanation: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: DunningResumedSchema, key: caseId, data: { caseId, endedPause: PAUSES[ended], explanation } }]);
  }

  async closed(plan: PlanSnapshot, outcome: Outcome, explanation: string): Promise<void> {
    await this.outbox.append(this.manager, [{ schema: CaseClosedSchema, key: plan.caseId, data: { caseId: plan.caseId, outcome: OUTCOMES[outcome], balance: balanceOf(plan), explanation } }]);
  }

  async nextStepsScheduled(steps: ScheduledStep[]): Promise<void> {
    await this.outbox.append(this.manager, steps.map((step) => ({
      schema: NextStepScheduledSchema, key: step.caseId, data: { caseId: step.caseId, stepId: step.stepId, kind: STEP_KINDS[step.kind], dueAt: timestampFromDate(step.dueAt) },
    })));
  }
}

const STEP_KINDS: Record<StepKind, DunningStepKind> = {
  LETTER: DunningStepKind.LETTER, EMAIL: DunningStepKind.EMAIL, SMS: DunningStepKind.SMS, CALL: DunningStepKind.CALL, VISIT: DunningStepKind.VISIT,
  FORMAL_NOTICE: DunningStepKind.FORMAL_NOTICE, INTENSIVE_CALLS: DunningStepKind.INTENSIVE_CALLS, EVALUATION: DunningStepKind.EVALUATION,
};
