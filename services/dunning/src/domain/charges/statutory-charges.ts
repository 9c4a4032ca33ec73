import type { CalendarDate, DebtorKind, PolicyCountry } from '../steps';
import { dayNumber } from './calendar-days';
import { applyCapGuard } from './cap-guard';
import { mergeOutcomes, type AlreadyCharged, type Charge, type Refusal } from './charge';
import { ChargeInputInvalidError } from './charge-input-invalid.error';
import { accrueDefaultInterest, principalOn, validatePrincipalTimeline, type PrincipalChange } from './default-interest';
import type { FeeFacts, LateInstalment, LateInvoice } from './fee-facts';
import { FEE_RULES_OF_COUNTRY } from './fee-rules';
import { assertNonNegative, CURRENCY_OF_COUNTRY, type CurrencyCode } from './money';
import type { ReferenceRate } from './reference-rates';

/**
 * The one question the rest of dunning asks: what may be charged to this debtor now, under which
 * rule, and what may not and why. Fees, damages and default interest are computed as the law's caps
 * for the case, then the cap guard takes off what was already charged, so the answer is always the
 * top-up still allowed and calling twice never charges twice.
 */
export interface StatutoryChargesInput {
  country: PolicyCountry;
  debtorKind: DebtorKind;
  /** Must be the country's currency: the statutory amounts are written in it. */
  currency: CurrencyCode;
  /** The day charges are computed for; interest accrues up to and including it. */
  asOf: CalendarDate;
  /** The last day the debtor could pay on time (interest runs from the next day). */
  dueDate: CalendarDate;
  /** The principal still unpaid over time; its value on `asOf` is the balance the scales read. */
  principalTimeline: readonly PrincipalChange[];
  lateInvoices?: readonly LateInvoice[];
  lateInstalments?: readonly LateInstalment[];
  remindersSent?: number;
  waitingPeriodEndsOn?: CalendarDate;
  formalNoticeServedOn?: CalendarDate;
  reminderFeeAgreed?: boolean;
  collectionDemandSent?: boolean;
  paymentPlanAgreed?: boolean;
  creditorCannotDeductVat?: boolean;
  firstDemandUnpaid?: boolean;
  agreedInterestRateBasisPoints?: number;
  /** What was charged to the case before, net of credit notes, per rule. */
  alreadyCharged?: readonly AlreadyCharged[];
  /** The reference-rate table (defaults to REFERENCE_RATES). */
  rates?: readonly ReferenceRate[];
}

export interface StatutoryChargesResult {
  currency: CurrencyCode;
  /** What may be added to the case now, each with its rule. */
  charges: Charge[];
  totalMinor: bigint;
  refusals: Refusal[];
}

function validate(input: StatutoryChargesInput): void {
  const expected = CURRENCY_OF_COUNTRY[input.country];
  if (expected === undefined) throw new ChargeInputInvalidError('country', `"${input.country}" is not a policy country`);
  if (input.currency !== expected) throw new ChargeInputInvalidError('currency', `${input.country} charges are in ${expected}, not ${input.currency}`);
  if (input.debtorKind !== 'B2C' && input.debtorKind !== 'B2B') throw new ChargeInputInvalidError('debtorKind', 'must be B2C or B2B');
  dayNumber(input.asOf, 'asOf');
  dayNumber(input.dueDate, 'dueDate');
  if (input.waitingPeriodEndsOn !== undefined) dayNumber(input.waitingPeriodEndsOn, 'waitingPeriodEndsOn');
  if (input.formalNoticeServedOn !== undefined) dayNumber(input.formalNoticeServedOn, 'formalNoticeServedOn');
  validatePrincipalTimeline(input.principalTimeline);
  const reminders = input.remindersSent ?? 0;
  if (!Number.isSafeInteger(reminders) || reminders < 0) throw new ChargeInputInvalidError('remindersSent', 'must be a non-negative integer');
  (input.lateInvoices ?? []).forEach((invoice, i) => assertNonNegative(`lateInvoices[${i}].amountMinor`, invoice.amountMinor));
}

export function statutoryCharges(input: StatutoryChargesInput): StatutoryChargesResult {
  validate(input);
  const facts: FeeFacts = {
    debtorKind: input.debtorKind,
    asOf: input.asOf,
    balanceMinor: principalOn(input.principalTimeline, input.asOf),
    lateInvoices: input.lateInvoices ?? [],
    lateInstalments: input.lateInstalments ?? [],
    remindersSent: input.remindersSent ?? 0,
    ...(input.waitingPeriodEndsOn !== undefined ? { waitingPeriodEndsOn: input.waitingPeriodEndsOn } : {}),
    reminderFeeAgreed: input.reminderFeeAgreed ?? false,
    collectionDemandSent: input.collectionDemandSent ?? false,
    paymentPlanAgreed: input.paymentPlanAgreed ?? false,
    creditorCannotDeductVat: input.creditorCannotDeductVat ?? false,
    firstDemandUnpaid: input.firstDemandUnpaid ?? false,
  };
  const outcome = mergeOutcomes(FEE_RULES_OF_COUNTRY[input.country](facts), accrueDefaultInterest(input));
  const guarded = applyCapGuard(outcome.entitlements, input.alreadyCharged ?? [], input.currency);
  return {
    currency: input.currency,
    charges: guarded.charges,
    totalMinor: guarded.charges.reduce((sum, charge) => sum + charge.amountMinor, 0n),
    refusals: [...outcome.refusals, ...guarded.refusals],
  };
}
