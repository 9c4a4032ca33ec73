import type { PlanSnapshot } from './case-plan';

export type BalanceComponentName = 'principal' | 'interest' | 'costs' | 'charges';

export type ComponentAmounts = Record<BalanceComponentName, bigint>;

export const NO_AMOUNTS: ComponentAmounts = { principal: 0n, interest: 0n, costs: 0n, charges: 0n };

/** Where a charge dunning applied lands on the statement, as payments books it: default interest as interest, the rest as charges. */
export function componentOfCharge(kind: string): BalanceComponentName {
  return kind === 'DEFAULT_INTEREST' ? 'interest' : 'charges';
}

/**
 * What the debtor owes as dunning knows it, by component: the accounting sheet the case opened with,
 * plus every charge dunning applied, less what payments allocated to each component. Payments owns
 * the statement and the allocation order (costs first in France, principal first elsewhere); dunning
 * takes the split from PaymentAllocated, published with its PaymentReceived on the same partition,
 * so a charge no payment covered yet still shows and one a payment covered does not.
 */
export function outstandingBalance(plan: PlanSnapshot): ComponentAmounts {
  const facts = plan.facts;
  const owed: ComponentAmounts = { principal: facts?.principalMinor ?? 0n, interest: facts?.interestMinor ?? 0n, costs: facts?.costsMinor ?? 0n, charges: 0n };
  for (const charge of plan.charged ?? []) owed[componentOfCharge(charge.kind)] += charge.amountMinor;
  const allocated = plan.allocated ?? NO_AMOUNTS;
  const less = (component: BalanceComponentName) => (owed[component] > allocated[component] ? owed[component] - allocated[component] : 0n);
  return { principal: less('principal'), interest: less('interest'), costs: less('costs'), charges: less('charges') };
}

export function totalOf(amounts: ComponentAmounts): bigint {
  return amounts.principal + amounts.interest + amounts.costs + amounts.charges;
}
