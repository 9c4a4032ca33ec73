import { type Money, add, isPositive, minMoney, subtract, zero } from '../money';
import { type CalendarDate, isCalendarDate, plusDays } from './calendar-date';
import type { InstalmentAllocation, InstalmentMissed, PlanEvent } from './instalment-plan.events';
import { missesToBreakIn } from './plan-break-policy';
import { PlanAgreementInvalidError, PlanClosedError, PlanPaymentInvalidError } from './plans.errors';

export type PlanState = 'ACTIVE' | 'BROKEN' | 'COMPLETED';

export interface Instalment {
  readonly number: number;
  readonly dueDate: CalendarDate;
  readonly amount: Money;
  readonly paid: Money;
  /** The day the last part arrived; null while something is still owed. */
  readonly paidOn: CalendarDate | null;
  /** Already reported missed, so that a miss is reported once however often the check runs. */
  readonly reportedMissed: boolean;
}

export interface InstalmentPlan {
  readonly planId: string;
  readonly caseId: string;
  readonly currency: string;
  /** By number; due dates never go backwards, so this is also oldest first. */
  readonly instalments: readonly Instalment[];
  readonly state: PlanState;
  readonly missesToBreak: number;
  readonly missCount: number;
  /** Paid beyond the last instalment: the plan cannot hold it, the case ledger must (refund or other debt). */
  readonly surplus: Money;
}

/** What contact-center's PaymentPlanAgreed carries that payments needs. */
export interface PaymentPlanAgreed {
  readonly planId: string;
  readonly caseId: string;
  readonly instalments: readonly { readonly number: number; readonly dueDate: CalendarDate; readonly amount: Money }[];
}

export interface PlanChange {
  readonly plan: InstalmentPlan;
  readonly events: readonly PlanEvent[];
}

/**
 * Starts tracking an agreed plan. The break threshold is fixed now, from the debtor's country (or
 * given), so that a later policy change does not break plans agreed under the old one.
 */
export function planFromAgreement(agreed: PaymentPlanAgreed, debtorCountry: string, missesToBreak = missesToBreakIn(debtorCountry)): InstalmentPlan {
  const invalid = (reason: string) => new PlanAgreementInvalidError(agreed.planId, reason);
  if (!agreed.planId || !agreed.caseId) throw invalid('plan id and case id are required');
  if (agreed.instalments.length === 0) throw invalid('a plan has at least one instalment');
  if (!Number.isInteger(missesToBreak) || missesToBreak < 1) throw invalid(`misses to break must be a positive integer, not ${missesToBreak}`);
  const currency = agreed.instalments[0].amount.currency;
  const sorted = [...agreed.instalments].sort((a, b) => a.number - b.number);
  sorted.forEach((instalment, index) => {
    if (!Number.isInteger(instalment.number) || instalment.number < 1) throw invalid(`instalment number ${instalment.number} is not a positive integer`);
    if (index > 0 && sorted[index - 1].number === instalment.number) throw invalid(`instalment ${instalment.number} appears twice`);
    if (!isCalendarDate(instalment.dueDate)) throw invalid(`instalment ${instalment.number} due date ${instalment.dueDate} is not YYYY-MM-DD`);
    if (index > 0 && sorted[index - 1].dueDate > instalment.dueDate) throw invalid(`instalment ${instalment.number} falls due before instalment ${sorted[index - 1].number}`);
    if (instalment.amount.currency !== currency) throw invalid(`instalments in ${currency} and ${instalment.amount.currency}`);
    if (!isPositive(instalment.amount)) throw invalid(`instalment ${instalment.number} amount must be positive`);
  });
  return {
    planId: agreed.planId,
    caseId: agreed.caseId,
    currency,
    instalments: sorted.map((i) => ({ number: i.number, dueDate: i.dueDate, amount: i.amount, paid: zero(currency), paidOn: null, reportedMissed: false })),
    state: 'ACTIVE',
    missesToBreak,
    missCount: 0,
    surplus: zero(currency),
  };
}

export function outstandingOn(instalment: Instalment): Money {
  return subtract(instalment.amount, instalment.paid);
}

/**
 * Puts a payment against the oldest instalment still owed, then the next: a partial payment stays on
 * its instalment and the next payment tops it up; an overpayment flows on to the following ones. What
 * is left after the last instalment is surplus. Paying the last amount owed completes the plan.
 */
export function applyPayment(plan: InstalmentPlan, amount: Money, receivedOn: CalendarDate): PlanChange {
  if (plan.state !== 'ACTIVE') throw new PlanClosedError(plan.planId, plan.state);
  const invalid = (reason: string) => new PlanPaymentInvalidError(plan.planId, reason);
  if (amount.currency !== plan.currency) throw invalid(`the plan is in ${plan.currency}, the payment in ${amount.currency}`);
  if (!isPositive(amount)) throw invalid('the amount must be positive');
  if (!isCalendarDate(receivedOn)) throw invalid(`received on ${receivedOn} is not YYYY-MM-DD`);

  let left = amount;
  const allocations: InstalmentAllocation[] = [];
  const paidNow: number[] = [];
  const instalments = plan.instalments.map((instalment) => {
    const owed = outstandingOn(instalment);
    if (!isPositive(left) || !isPositive(owed)) return instalment;
    const share = minMoney(left, owed);
    left = subtract(left, share);
    allocations.push({ instalmentNumber: instalment.number, amount: share });
    const paid = add(instalment.paid, share);
    const settled = paid.amountMinor === instalment.amount.amountMinor;
    if (settled) paidNow.push(instalment.number);
    return { ...instalment, paid, paidOn: settled ? receivedOn : null };
  });
  const completed = instalments.every((i) => !isPositive(outstandingOn(i)));
  const ids = { planId: plan.planId, caseId: plan.caseId };
  const events: PlanEvent[] = [
    { type: 'PlanPaymentApplied', ...ids, receivedOn, amount, allocations, surplus: left },
    ...paidNow.map((instalmentNumber) => ({ type: 'InstalmentPaid' as const, ...ids, instalmentNumber, paidOn: receivedOn })),
  ];
  if (completed) events.push({ type: 'PlanCompleted', ...ids, completedOn: receivedOn });
  return { plan: { ...plan, instalments, state: completed ? 'COMPLETED' : 'ACTIVE', surplus: add(plan.surplus, left) }, events };
}

/**
 * Instalments still owed (wholly or in part) once their due date and `graceDays` have passed, that
 * were not reported before: an instalment due on the 1st with 5 grace days may be paid through the
 * 6th and is missed from the 7th. Run it after the day's receipts are applied, or a payment that
 * arrived in time but was imported late is taken for a miss. A plan no longer active misses nothing.
 */
export function missedInstalments(plan: InstalmentPlan, today: CalendarDate, graceDays: number): readonly Instalment[] {
  if (!isCalendarDate(today)) throw new PlanPaymentInvalidError(plan.planId, `today ${today} is not YYYY-MM-DD`);
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new PlanPaymentInvalidError(plan.planId, `grace days must be a whole number ≥ 0, not ${graceDays}`);
  if (plan.state !== 'ACTIVE') return [];
  return plan.instalments.filter((i) => !i.reportedMissed && isPositive(outstandingOn(i)) && today > plusDays(i.dueDate, graceDays));
}

/**
 * Reports every new miss (see `missedInstalments`) once, and breaks the plan when the misses reach
 * its threshold. Calling it again the same day changes nothing.
 */
export function reportMissedInstalments(plan: InstalmentPlan, today: CalendarDate, graceDays: number): PlanChange {
  const missed = missedInstalments(plan, today, graceDays);
  if (missed.length === 0) return { plan, events: [] };
  const numbers = new Set(missed.map((i) => i.number));
  const ids = { planId: plan.planId, caseId: plan.caseId };
  const events: PlanEvent[] = missed.map(
    (instalment, index): InstalmentMissed => ({
      type: 'InstalmentMissed',
      ...ids,
      instalmentNumber: instalment.number,
      dueDate: instalment.dueDate,
      outstanding: outstandingOn(instalment),
      missedOn: today,
      missCount: plan.missCount + index + 1,
    }),
  );
  const missCount = plan.missCount + missed.length;
  const broken = missCount >= plan.missesToBreak;
  if (broken) events.push({ type: 'PlanBroken', ...ids, brokenOn: today, missCount });
  const instalments = plan.instalments.map((i) => (numbers.has(i.number) ? { ...i, reportedMissed: true } : i));
  return { plan: { ...plan, instalments, missCount, state: broken ? 'BROKEN' : 'ACTIVE' }, events };
}
