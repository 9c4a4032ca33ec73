import { type CalendarDate, isCalendarDate } from '../calendar-date';
import { isCurrencyCode } from '../money';
import { type ProposalProblem, problem } from '../problem';

/**
 * The debtor's declaration of income and charges: the form sent with the formal notice, returned on
 * paper or online and typed in by an agent. It is kept with the debtor and used to check that a plan
 * is affordable.
 */
export interface IncomeDeclaration {
  readonly monthlyIncomeMinor: bigint;
  /** Rent, loans, utilities, childcare…: what the debtor must pay each month before us. */
  readonly monthlyChargesMinor: bigint;
  readonly dependants: number;
  readonly currency: string;
  readonly declaredOn: CalendarDate;
}

// A household larger than this is a typing error, not a family.
const MAX_DEPENDANTS = 30;

/** `today`, when given, refuses a declaration dated in the future. */
export function validateDeclaration(d: IncomeDeclaration, today?: CalendarDate): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  if (d.monthlyIncomeMinor < 0n) problems.push(problem('monthlyIncomeMinor', 'NEGATIVE_AMOUNT', 'the monthly income cannot be negative'));
  if (d.monthlyChargesMinor < 0n) problems.push(problem('monthlyChargesMinor', 'NEGATIVE_AMOUNT', 'the monthly charges cannot be negative'));
  if (!Number.isInteger(d.dependants) || d.dependants < 0 || d.dependants > MAX_DEPENDANTS)
    problems.push(problem('dependants', 'OUT_OF_RANGE', `the number of dependants is a whole number from 0 to ${MAX_DEPENDANTS}`));
  if (!isCurrencyCode(d.currency)) problems.push(problem('currency', 'INVALID_CURRENCY', `'${d.currency}' is not a three-letter currency code`));
  if (!isCalendarDate(d.declaredOn)) problems.push(problem('declaredOn', 'INVALID_DATE', `'${d.declaredOn}' is not a date (YYYY-MM-DD)`));
  else if (today !== undefined && d.declaredOn > today) problems.push(problem('declaredOn', 'DATE_IN_FUTURE', `the declaration is dated ${d.declaredOn}, after today (${today})`));
  return problems;
}

/**
 * Income minus charges, never below 0: a debtor whose charges exceed the income can afford nothing,
 * not a negative amount. Dependants are not priced in here: the declared charges already include
 * what they cost, and the lawful amounts protected per dependant differ by country; the number is
 * kept for the agent's and the creditor's judgement.
 */
export function disposableIncomeMinor(d: IncomeDeclaration): bigint {
  const disposable = d.monthlyIncomeMinor - d.monthlyChargesMinor;
  return disposable > 0n ? disposable : 0n;
}
