import type { CalendarDate, DebtorKind } from '../steps';
import { refusal, type ChargeRule, type Refusal } from './charge';

/**
 * What the fee rules of every country need to know about a case, defaults already filled in. The
 * steps themselves (which letter went out when, when a wait ends, counted in working or bank days)
 * are the policy and compliance modules' business: this module takes their results as facts and
 * only decides what may be charged because of them.
 */
export interface LateInvoice {
  reference: string;
  /** The invoice's unpaid amount when it became late (GB: picks the GBP 40 / 70 / 100 band). */
  amountMinor: bigint;
}

export interface LateInstalment {
  reference: string;
}

export interface FeeFacts {
  debtorKind: DebtorKind;
  /** The day the charges are computed for. */
  asOf: CalendarDate;
  /** The principal still unpaid on `asOf`: scales (BE damages, NL staffel, DE RVG) are read on it. */
  balanceMinor: bigint;
  /** B2B: the case's late invoices (one flat sum each). */
  lateInvoices: readonly LateInvoice[];
  /** DE B2B: late instalments (BGB §288(5): one EUR 40 each). */
  lateInstalments: readonly LateInstalment[];
  /** Reminders sent for this claim, the free first one included. */
  remindersSent: number;
  /**
   * BE and NL consumers: the last day of the statutory wait after the free first reminder (BE) or
   * the 14-day letter (NL), as the compliance module counted it. Absent: no such letter went out.
   */
  waitingPeriodEndsOn?: CalendarDate;
  /** SE: a reminder fee was agreed when the debt arose. */
  reminderFeeAgreed: boolean;
  /** SE: a collection demand (inkassokrav) was sent. */
  collectionDemandSent: boolean;
  /** SE: a payment plan was agreed with the debtor. */
  paymentPlanAgreed: boolean;
  /** NL: the creditor cannot deduct VAT, so VAT on the collection costs may be passed on. */
  creditorCannotDeductVat: boolean;
  /** DE consumers: the debtor did not pay on the first demand (0.9 instead of 0.5 of the RVG fee). */
  firstDemandUnpaid: boolean;
}

/**
 * The refusal when `rule` may not apply yet because the statutory wait is not over: charges are
 * allowed from the day after `waitingPeriodEndsOn`, and never when no free letter started the wait.
 */
export function waitingPeriodRefusal(rule: ChargeRule, facts: FeeFacts): Refusal | undefined {
  if (facts.waitingPeriodEndsOn === undefined) {
    return refusal(rule, 'WAITING_PERIOD_NOT_OVER', 'the wait has not started: no free first letter is recorded');
  }
  if (facts.asOf <= facts.waitingPeriodEndsOn) {
    return refusal(rule, 'WAITING_PERIOD_NOT_OVER', `the wait ends on ${facts.waitingPeriodEndsOn}; charges from the day after`);
  }
  return undefined;
}
