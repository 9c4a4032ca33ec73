import type { Money } from '../money';
import type { CalendarDate } from './calendar-date';

/** Part of one payment put against one instalment. */
export interface InstalmentAllocation {
  readonly instalmentNumber: number;
  readonly amount: Money;
}

/** A payment was spread over the plan's instalments; `surplus` is what no instalment could take. */
export interface PlanPaymentApplied {
  readonly type: 'PlanPaymentApplied';
  readonly planId: string;
  readonly caseId: string;
  readonly receivedOn: CalendarDate;
  readonly amount: Money;
  readonly allocations: readonly InstalmentAllocation[];
  readonly surplus: Money;
}

export interface InstalmentPaid {
  readonly type: 'InstalmentPaid';
  readonly planId: string;
  readonly caseId: string;
  readonly instalmentNumber: number;
  readonly paidOn: CalendarDate;
}

/** Reported once per instalment, on the first check after its due date and grace days. */
export interface InstalmentMissed {
  readonly type: 'InstalmentMissed';
  readonly planId: string;
  readonly caseId: string;
  readonly instalmentNumber: number;
  readonly dueDate: CalendarDate;
  readonly outstanding: Money;
  readonly missedOn: CalendarDate;
  /** Misses of this plan so far, this one included. */
  readonly missCount: number;
}

/** Enough instalments were missed: dunning resumes on the case. */
export interface PlanBroken {
  readonly type: 'PlanBroken';
  readonly planId: string;
  readonly caseId: string;
  readonly brokenOn: CalendarDate;
  readonly missCount: number;
}

export interface PlanCompleted {
  readonly type: 'PlanCompleted';
  readonly planId: string;
  readonly caseId: string;
  readonly completedOn: CalendarDate;
}

export type PlanEvent = PlanPaymentApplied | InstalmentPaid | InstalmentMissed | PlanBroken | PlanCompleted;
