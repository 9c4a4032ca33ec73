import { AllocationInputInvalidError } from './allocation.errors';
import { BALANCE_COMPONENTS, type BalanceComponent } from './outstanding';

/** Every component once, first paid first. */
export type AllocationOrder = readonly BalanceComponent[];

// CHARGES (statutory damages, flat collection fees) are costs in the sense of these articles,
// so they sit right after the creditor's contractual costs. The orders agree today; they stay
// per country because each rests on its own law and one may change (or gain a consumer-credit
// exception, e.g. DE BGB §497(3), not modelled) without the others.
const COSTS_CHARGES_INTEREST_PRINCIPAL: AllocationOrder = ['COSTS', 'CHARGES', 'INTEREST', 'PRINCIPAL'];

export const ALLOCATION_ORDERS: Readonly<Record<string, AllocationOrder>> = {
  // Civil Code art. 5.207 (old art. 1254): interest before capital; costs first in practice.
  BE: COSTS_CHARGES_INTEREST_PRINCIPAL,
  // Code civil art. 1343-1: a partial payment goes first to interest; costs likewise before principal.
  FR: COSTS_CHARGES_INTEREST_PRINCIPAL,
  // BGB §367(1): "zunächst auf die Kosten, dann auf die Zinsen und zuletzt auf die Hauptleistung".
  DE: COSTS_CHARGES_INTEREST_PRINCIPAL,
  // Código civil art. 1173: no payment counts towards capital while interest is unpaid; costs first.
  ES: COSTS_CHARGES_INTEREST_PRINCIPAL,
  // BW art. 6:44(1): "eerst kosten, vervolgens verschenen rente en ten slotte hoofdsom".
  NL: COSTS_CHARGES_INTEREST_PRINCIPAL,
  // SE, GB, US: no statutory order for these debts; the agency's house order (the default).
  SE: COSTS_CHARGES_INTEREST_PRINCIPAL,
  GB: COSTS_CHARGES_INTEREST_PRINCIPAL,
  US: COSTS_CHARGES_INTEREST_PRINCIPAL,
};

export const DEFAULT_ALLOCATION_ORDER: AllocationOrder = COSTS_CHARGES_INTEREST_PRINCIPAL;

/** The order for the debtor's country (ISO 3166-1 alpha-2); a country not listed gets the default. */
export function allocationOrderFor(country: string): AllocationOrder {
  return ALLOCATION_ORDERS[country.toUpperCase()] ?? DEFAULT_ALLOCATION_ORDER;
}

export function assertAllocationOrder(order: AllocationOrder): void {
  const complete = order.length === BALANCE_COMPONENTS.length && BALANCE_COMPONENTS.every((c) => order.includes(c));
  if (!complete) throw new AllocationInputInvalidError(`allocation order [${order.join(', ')}] must name every component once`);
}
