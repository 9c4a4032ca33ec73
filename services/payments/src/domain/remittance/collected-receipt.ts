import type { Money } from '../money';
import type { CalendarDate } from '../plans/calendar-date';

/**
 * Who holds the money: the agency (paid out to the creditor, less deductions) or the creditor itself
 * (a direct payment the creditor reported; the agency invoices its commission instead).
 */
export type ReceivedBy = 'AGENCY' | 'CREDITOR';

/** A payment collected on a creditor's case, as remittance sees it. */
export interface CollectedReceipt {
  readonly paymentId: string;
  readonly caseId: string;
  readonly creditorId: string;
  readonly amount: Money;
  readonly receivedBy: ReceivedBy;
  /**
   * The day the money became the agency's to pay on: the credit date of a transfer or card payout,
   * the clearing date of a cheque (null while it is uncleared). For a direct payment, the day the
   * creditor reported it, so its commission is invoiced on the same cycle.
   */
  readonly clearedOn: CalendarDate | null;
  /** The remittance it went into; null until then. */
  readonly remittanceId: string | null;
}
