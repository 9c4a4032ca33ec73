import { BALANCE_COMPONENTS, balanceKey, type Balance, type BalanceComponent } from '../allocation';
import { subtract, type Money } from '../money';
import { balanceOf } from './balance';
import { imbalancesOf, type Posting } from './journal-entry';

export interface BalanceDifference {
  readonly component: BalanceComponent;
  readonly derived: Money;
  readonly stored: Money;
  /** stored − derived: positive when the stored balance claims more than the postings show. */
  readonly difference: Money;
}

export interface ConsistencyReport {
  readonly consistent: boolean;
  readonly differences: readonly BalanceDifference[];
  /** Entries whose legs do not sum to zero: a row was lost or altered in storage. */
  readonly unbalancedEntryIds: readonly string[];
}

/**
 * Compares a stored (denormalised) balance with the one the postings give. The postings are
 * the truth; a difference means the stored balance must be rebuilt, or a posting went missing.
 */
export function checkConsistency(postings: readonly Posting[], stored: Balance): ConsistencyReport {
  const derived = balanceOf(postings, stored.principal.currency);
  const differences = BALANCE_COMPONENTS.map((component) => {
    const key = balanceKey(component);
    return { component, derived: derived[key], stored: stored[key], difference: subtract(stored[key], derived[key]) };
  }).filter((d) => d.difference.amountMinor !== 0n);

  const byEntry = new Map<string, Posting[]>();
  for (const p of postings) byEntry.set(p.entryId, [...(byEntry.get(p.entryId) ?? []), p]);
  const unbalancedEntryIds = [...byEntry].filter(([, legs]) => imbalancesOf(legs).length > 0).map(([entryId]) => entryId);

  return { consistent: differences.length === 0 && unbalancedEntryIds.length === 0, differences, unbalancedEntryIds };
}
