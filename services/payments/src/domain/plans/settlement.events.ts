import type { Money } from '../money';
import type { CalendarDate } from './calendar-date';

export interface SettlementPaymentApplied {
  readonly type: 'SettlementPaymentApplied';
  readonly settlementId: string;
  readonly caseId: string;
  readonly receivedOn: CalendarDate;
  readonly amount: Money;
  readonly received: Money;
  readonly outstanding: Money;
}

/**
 * The agreed amount is in: the rest of the balance is written off. `surplus` is what the debtor paid
 * beyond the agreed amount; it does not shrink the write-off (the agreement fixed it), it is refunded
 * or applied by the case ledger.
 */
export interface SettlementFulfilled {
  readonly type: 'SettlementFulfilled';
  readonly settlementId: string;
  readonly caseId: string;
  readonly fulfilledOn: CalendarDate;
  readonly agreedAmount: Money;
  readonly received: Money;
  readonly writeOff: Money;
  readonly surplus: Money;
}

/** The deadline passed without the agreed amount: the full balance is owed again and dunning resumes. */
export interface SettlementLapsed {
  readonly type: 'SettlementLapsed';
  readonly settlementId: string;
  readonly caseId: string;
  readonly lapsedOn: CalendarDate;
  readonly received: Money;
  readonly outstanding: Money;
}

export type SettlementEvent = SettlementPaymentApplied | SettlementFulfilled | SettlementLapsed;
