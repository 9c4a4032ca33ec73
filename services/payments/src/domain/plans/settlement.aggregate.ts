import { type Money, add, isPositive, subtract, zero } from '../money';
import { type CalendarDate, isCalendarDate, plusDays } from './calendar-date';
import { PlanAgreementInvalidError, PlanClosedError, PlanPaymentInvalidError } from './plans.errors';
import type { SettlementEvent } from './settlement.events';

export type SettlementState = 'OPEN' | 'FULFILLED' | 'LAPSED';

/**
 * A full-and-final payment of less than the balance. The deadline is `payBy` plus `graceDays`: a
 * debtor who pays on `payBy` must not lose the settlement because the transfer took two bank days,
 * so money received up to and including `payBy + graceDays` counts; from the next day it lapses.
 */
export interface Settlement {
  readonly settlementId: string;
  readonly caseId: string;
  readonly agreedAmount: Money;
  /** The case balance the settlement replaces; what is left of it once fulfilled is written off. */
  readonly balance: Money;
  readonly payBy: CalendarDate;
  readonly graceDays: number;
  readonly received: Money;
  readonly state: SettlementState;
}

/** What contact-center's SettlementAgreed carries, with the balance it settles. */
export interface SettlementAgreed {
  readonly settlementId: string;
  readonly caseId: string;
  readonly amount: Money;
  readonly payBy: CalendarDate;
  readonly balance: Money;
}

export interface SettlementChange {
  readonly settlement: Settlement;
  readonly events: readonly SettlementEvent[];
}

export function settlementFromAgreement(agreed: SettlementAgreed, graceDays: number): Settlement {
  const invalid = (reason: string) => new PlanAgreementInvalidError(agreed.settlementId, reason);
  if (!agreed.settlementId || !agreed.caseId) throw invalid('settlement id and case id are required');
  if (!isCalendarDate(agreed.payBy)) throw invalid(`pay-by ${agreed.payBy} is not YYYY-MM-DD`);
  if (!Number.isInteger(graceDays) || graceDays < 0) throw invalid(`grace days must be a whole number ≥ 0, not ${graceDays}`);
  if (agreed.amount.currency !== agreed.balance.currency) throw invalid(`amount in ${agreed.amount.currency}, balance in ${agreed.balance.currency}`);
  if (!isPositive(agreed.amount)) throw invalid('the agreed amount must be positive');
  if (agreed.amount.amountMinor > agreed.balance.amountMinor) throw invalid('the agreed amount exceeds the balance it settles');
  return {
    settlementId: agreed.settlementId,
    caseId: agreed.caseId,
    agreedAmount: agreed.amount,
    balance: agreed.balance,
    payBy: agreed.payBy,
    graceDays,
    received: zero(agreed.amount.currency),
    state: 'OPEN',
  };
}

/** The last day a payment still counts. */
export function settlementDeadline(settlement: Settlement): CalendarDate {
  return plusDays(settlement.payBy, settlement.graceDays);
}

/**
 * Adds a payment. Reaching the agreed amount by the deadline fulfils the settlement. A payment
 * received after the deadline is not taken: the settlement lapses instead (as `lapseIfOverdue` would
 * have done), and the application books the payment on the case like any other.
 */
export function applySettlementPayment(settlement: Settlement, amount: Money, receivedOn: CalendarDate): SettlementChange {
  if (settlement.state !== 'OPEN') throw new PlanClosedError(settlement.settlementId, settlement.state);
  const invalid = (reason: string) => new PlanPaymentInvalidError(settlement.settlementId, reason);
  if (amount.currency !== settlement.agreedAmount.currency) throw invalid(`the settlement is in ${settlement.agreedAmount.currency}, the payment in ${amount.currency}`);
  if (!isPositive(amount)) throw invalid('the amount must be positive');
  if (!isCalendarDate(receivedOn)) throw invalid(`received on ${receivedOn} is not YYYY-MM-DD`);
  if (receivedOn > settlementDeadline(settlement)) return lapse(settlement, plusDays(settlementDeadline(settlement), 1));

  const ids = { settlementId: settlement.settlementId, caseId: settlement.caseId };
  const received = add(settlement.received, amount);
  const outstanding = subtract(settlement.agreedAmount, received);
  if (isPositive(outstanding)) {
    return {
      settlement: { ...settlement, received },
      events: [{ type: 'SettlementPaymentApplied', ...ids, receivedOn, amount, received, outstanding }],
    };
  }
  return {
    settlement: { ...settlement, received, state: 'FULFILLED' },
    events: [
      {
        type: 'SettlementFulfilled',
        ...ids,
        fulfilledOn: receivedOn,
        agreedAmount: settlement.agreedAmount,
        received,
        writeOff: subtract(settlement.balance, settlement.agreedAmount),
        surplus: subtract(received, settlement.agreedAmount),
      },
    ],
  };
}

/** Lapses an open settlement once `today` is past its deadline; otherwise nothing changes. */
export function lapseIfOverdue(settlement: Settlement, today: CalendarDate): SettlementChange {
  if (!isCalendarDate(today)) throw new PlanPaymentInvalidError(settlement.settlementId, `today ${today} is not YYYY-MM-DD`);
  if (settlement.state !== 'OPEN' || today <= settlementDeadline(settlement)) return { settlement, events: [] };
  return lapse(settlement, today);
}

function lapse(settlement: Settlement, lapsedOn: CalendarDate): SettlementChange {
  return {
    settlement: { ...settlement, state: 'LAPSED' },
    events: [
      {
        type: 'SettlementLapsed',
        settlementId: settlement.settlementId,
        caseId: settlement.caseId,
        lapsedOn,
        received: settlement.received,
        outstanding: subtract(settlement.agreedAmount, settlement.received),
      },
    ],
  };
}
