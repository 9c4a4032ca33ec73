import { type CalendarDate, isCalendarDate, plusDays } from '../calendar-date';
import { type Money, formatMoney, money } from '../money';
import { type ProposalProblem, problem } from '../problem';
import type { NegotiationPolicy } from './negotiation-policy';

export interface SettlementProposalInput {
  readonly balance: Money;
  readonly amount: Money;
  readonly payBy: CalendarDate;
  readonly today: CalendarDate;
  readonly policy: NegotiationPolicy;
}

/**
 * The least a settlement may be: the policy's share of the balance, rounded UP to the minor unit so
 * that rounding never takes a settlement below the floor the creditor set.
 */
export function settlementFloorMinor(balanceMinor: bigint, floorBp: number): bigint {
  const product = balanceMinor * BigInt(floorBp);
  return (product + 9_999n) / 10_000n;
}

/**
 * A settlement is a payment of LESS than the balance, accepted as full and final: the rest is written
 * off. Paying the whole balance is not a settlement but a payment (or a plan of one), and is refused
 * here so the write-off is never zero or negative.
 */
export function validateSettlementProposal(input: SettlementProposalInput): ProposalProblem[] {
  const { balance, amount, payBy, today, policy } = input;
  const problems: ProposalProblem[] = [];

  if (amount.currency !== balance.currency) problems.push(problem('amount.currency', 'CURRENCY_MISMATCH', `the settlement is in ${amount.currency}, the balance in ${balance.currency}`));
  else if (amount.amountMinor <= 0n) problems.push(problem('amount', 'AMOUNT_NOT_POSITIVE', `the settlement is ${formatMoney(amount)}: it must be more than 0`));
  else if (amount.amountMinor >= balance.amountMinor)
    problems.push(
      problem(
        'amount',
        'SETTLEMENT_NOT_BELOW_BALANCE',
        `a settlement is less than the balance, paid as full and final: ${formatMoney(amount)} is not below the balance of ${formatMoney(balance)}`,
      ),
    );
  else {
    const floor = settlementFloorMinor(balance.amountMinor, policy.settlementFloorBp);
    if (amount.amountMinor < floor)
      problems.push(
        problem(
          'amount',
          'BELOW_SETTLEMENT_FLOOR',
          `${formatMoney(amount)} is below the floor of ${formatMoney(money(floor, balance.currency))} (${policy.settlementFloorBp / 100} % of the balance of ${formatMoney(balance)})`,
        ),
      );
  }

  const todayValid = isCalendarDate(today);
  if (!todayValid) problems.push(problem('today', 'INVALID_DATE', `'${today}' is not a date (YYYY-MM-DD)`));
  if (!isCalendarDate(payBy)) problems.push(problem('payBy', 'INVALID_DATE', `'${payBy}' is not a date (YYYY-MM-DD)`));
  else if (todayValid) {
    const latest = plusDays(today, policy.maxSettlementPayDays);
    if (payBy < today) problems.push(problem('payBy', 'DATE_IN_PAST', `the pay-by date ${payBy} is before today (${today})`));
    else if (payBy > latest) problems.push(problem('payBy', 'PAY_BY_TOO_LATE', `the settlement must be paid by ${latest} (${policy.maxSettlementPayDays} days); ${payBy} is later`));
  }
  return problems;
}
