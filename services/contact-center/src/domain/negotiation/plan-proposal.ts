import { type CalendarDate, isCalendarDate, monthOf, plusDays, plusMonths } from '../calendar-date';
import { type Money, formatMoney, money } from '../money';
import { type ProposalProblem, problem } from '../problem';
import { type IncomeDeclaration, disposableIncomeMinor, validateDeclaration } from './income-declaration';
import type { NegotiationPolicy } from './negotiation-policy';

export type { ProposalProblem } from '../problem';

export interface ProposedInstalment {
  readonly number: number;
  readonly dueDate: CalendarDate;
  readonly amount: Money;
}

export interface PlanProposalInput {
  readonly balance: Money;
  /** A deferral is a plan of one instalment: the whole balance on a later date. */
  readonly instalments: ReadonlyArray<ProposedInstalment>;
  readonly today: CalendarDate;
  readonly policy: NegotiationPolicy;
  /** When the debtor returned one, the plan must fit within what is left after charges. */
  readonly declaration?: IncomeDeclaration;
}

/**
 * Every reason the plan cannot be agreed, in the order an agent reads the form; empty means it may be
 * agreed (subject to the authority limit, which `authorityFor` decides). A plan must pay exactly the
 * balance: a cent short leaves a debt nobody tracks, a cent over is money to refund.
 */
export function validatePlanProposal(input: PlanProposalInput): ProposalProblem[] {
  const { balance, instalments, today, policy, declaration } = input;
  const problems: ProposalProblem[] = [];
  const todayValid = isCalendarDate(today);
  if (!todayValid) problems.push(problem('today', 'INVALID_DATE', `'${today}' is not a date (YYYY-MM-DD)`));
  if (balance.amountMinor <= 0n) problems.push(problem('balance', 'BALANCE_NOT_POSITIVE', `there is nothing to pay in instalments: the balance is ${formatMoney(balance)}`));
  if (instalments.length === 0) {
    problems.push(problem('instalments', 'NO_INSTALMENTS', 'a plan needs at least one instalment (a deferral is a plan of one)'));
    return problems;
  }

  const last = instalments.length - 1;
  let previousDate: CalendarDate | undefined;
  instalments.forEach((instalment, index) => {
    const field = `instalments[${index}]`;
    if (instalment.number !== index + 1)
      problems.push(problem(`${field}.number`, 'NUMBER_OUT_OF_SEQUENCE', `instalment ${index + 1} is numbered ${instalment.number}: number them 1 to ${instalments.length} in order`));

    const amount = instalment.amount;
    if (amount.currency !== balance.currency)
      problems.push(problem(`${field}.amount.currency`, 'CURRENCY_MISMATCH', `instalment ${index + 1} is in ${amount.currency}, the balance in ${balance.currency}`));
    else if (amount.amountMinor <= 0n) problems.push(problem(`${field}.amount`, 'AMOUNT_NOT_POSITIVE', `instalment ${index + 1} is ${formatMoney(amount)}: it must be more than 0`));
    else if (index < last && amount.amountMinor < policy.minInstalmentMinor)
      problems.push(
        problem(
          `${field}.amount`,
          'INSTALMENT_BELOW_MINIMUM',
          `instalment ${index + 1} is ${formatMoney(amount)}, below the minimum of ${formatMoney(money(policy.minInstalmentMinor, balance.currency))} (only the last may be smaller)`,
        ),
      );

    const due = instalment.dueDate;
    if (!isCalendarDate(due)) {
      problems.push(problem(`${field}.dueDate`, 'INVALID_DATE', `'${due}' is not a date (YYYY-MM-DD)`));
      return;
    }
    if (todayValid && due < today) problems.push(problem(`${field}.dueDate`, 'DATE_IN_PAST', `instalment ${index + 1} falls due on ${due}, before today (${today})`));
    if (previousDate !== undefined && due <= previousDate)
      problems.push(problem(`${field}.dueDate`, 'DATES_NOT_INCREASING', `instalment ${index + 1} falls due on ${due}, not after instalment ${index} (${previousDate})`));
    previousDate = due;
  });

  const sameCurrency = instalments.every((i) => i.amount.currency === balance.currency);
  if (sameCurrency) {
    const total = instalments.reduce((sum, i) => sum + i.amount.amountMinor, 0n);
    if (total !== balance.amountMinor) {
      const difference = total - balance.amountMinor;
      const gap = formatMoney(money(difference < 0n ? -difference : difference, balance.currency));
      problems.push(
        problem(
          'instalments',
          'TOTAL_MISMATCH',
          `the instalments add up to ${formatMoney(money(total, balance.currency))}, ${gap} ${difference < 0n ? 'less' : 'more'} than the balance of ${formatMoney(balance)}`,
        ),
      );
    }
  }

  if (todayValid) {
    const first = instalments[0].dueDate;
    const latestFirst = plusDays(today, policy.maxFirstInstalmentDelayDays);
    if (isCalendarDate(first) && first > latestFirst)
      problems.push(
        problem('instalments[0].dueDate', 'FIRST_INSTALMENT_TOO_LATE', `the first instalment falls due on ${first}; it must fall due by ${latestFirst} (${policy.maxFirstInstalmentDelayDays} days)`),
      );
    const final = instalments[last].dueDate;
    const latestFinal = plusMonths(today, policy.maxDurationMonths);
    if (isCalendarDate(final) && final > latestFinal)
      problems.push(problem(`instalments[${last}].dueDate`, 'PLAN_TOO_LONG', `the last instalment falls due on ${final}; the plan must end by ${latestFinal} (${policy.maxDurationMonths} months)`));
  }

  if (declaration !== undefined) problems.push(...affordabilityProblems(instalments, balance, declaration, todayValid ? today : undefined));
  return problems;
}

/**
 * Income arrives monthly, so instalments are compared month by month: two falling due in the same
 * calendar month come out of the same pay. The heaviest month must fit in what is left after charges.
 */
function affordabilityProblems(instalments: ReadonlyArray<ProposedInstalment>, balance: Money, declaration: IncomeDeclaration, today: CalendarDate | undefined): ProposalProblem[] {
  const declarationProblems = validateDeclaration(declaration, today).map((p) => ({ ...p, field: `declaration.${p.field}` }));
  if (declarationProblems.length > 0) return declarationProblems;
  if (declaration.currency !== balance.currency)
    return [problem('declaration.currency', 'CURRENCY_MISMATCH', `the declaration is in ${declaration.currency}, the balance in ${balance.currency}: enter it in ${balance.currency}`)];

  const heaviest = heaviestMonth(instalments, balance.currency);
  const disposable = disposableIncomeMinor(declaration);
  if (heaviest === undefined || heaviest.totalMinor <= disposable) return [];
  const currency = balance.currency;
  return [
    problem(
      'instalments',
      'NOT_AFFORDABLE',
      `in ${heaviest.month} the instalments total ${formatMoney(money(heaviest.totalMinor, currency))}, more than the ${formatMoney(money(disposable, currency))} a month ` +
        `left after charges (income ${formatMoney(money(declaration.monthlyIncomeMinor, currency))}, charges ${formatMoney(money(declaration.monthlyChargesMinor, currency))})`,
    ),
  ];
}

/** The calendar month with the largest total, among instalments whose date and currency are usable. */
export function heaviestMonth(instalments: ReadonlyArray<ProposedInstalment>, currency: string): { month: string; totalMinor: bigint } | undefined {
  const totals = new Map<string, bigint>();
  for (const i of instalments) {
    if (!isCalendarDate(i.dueDate) || i.amount.currency !== currency) continue;
    const month = monthOf(i.dueDate);
    totals.set(month, (totals.get(month) ?? 0n) + i.amount.amountMinor);
  }
  let heaviest: { month: string; totalMinor: bigint } | undefined;
  for (const [month, totalMinor] of totals) if (heaviest === undefined || totalMinor > heaviest.totalMinor) heaviest = { month, totalMinor };
  return heaviest;
}
