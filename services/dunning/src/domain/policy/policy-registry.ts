import type { CalendarDate, DebtorKind, PolicyCountry } from '../steps';
import { isCalendarDate } from './calendar-date';
import type { CollectionPolicy } from './collection-policy';
import { BE_POLICIES } from './countries/be.policies';
import { DE_POLICIES } from './countries/de.policies';
import { ES_POLICIES } from './countries/es.policies';
import { FR_POLICIES } from './countries/fr.policies';
import { GB_POLICIES } from './countries/gb.policies';
import { NL_POLICIES } from './countries/nl.policies';
import { SE_POLICIES } from './countries/se.policies';
import { US_POLICIES } from './countries/us.policies';
import { PolicyArgumentInvalidError, PolicyNotFoundError } from './policy.errors';

/** Every shipped policy version: 8 countries × B2C/B2B, version 1 each for now. */
export const ALL_POLICIES: readonly CollectionPolicy[] = Object.freeze([
  ...BE_POLICIES,
  ...FR_POLICIES,
  ...ES_POLICIES,
  ...NL_POLICIES,
  ...DE_POLICIES,
  ...SE_POLICIES,
  ...GB_POLICIES,
  ...US_POLICIES,
]);

/** The shipped policy version in force on `onDate` (the day of the action, in the debtor's country). */
export function policyFor(country: PolicyCountry, debtorKind: DebtorKind, onDate: CalendarDate): CollectionPolicy {
  return selectPolicy(ALL_POLICIES, country, debtorKind, onDate);
}

/**
 * Among `policies`, the version for that country and debtor kind with the latest `effectiveFrom`
 * on or before `onDate`, unless it ended (`effectiveTo`) before `onDate`.
 * @throws PolicyNotFoundError when none is in force; PolicyArgumentInvalidError for a malformed date.
 */
export function selectPolicy(policies: readonly CollectionPolicy[], country: PolicyCountry, debtorKind: DebtorKind, onDate: CalendarDate): CollectionPolicy {
  if (!isCalendarDate(onDate)) throw new PolicyArgumentInvalidError(`onDate ${onDate} is not a YYYY-MM-DD date`);
  let inForce: CollectionPolicy | undefined;
  for (const policy of policies) {
    if (policy.country !== country || policy.debtorKind !== debtorKind || policy.effectiveFrom > onDate) continue;
    if (inForce === undefined || policy.effectiveFrom > inForce.effectiveFrom) inForce = policy;
  }
  if (inForce === undefined || (inForce.effectiveTo !== undefined && inForce.effectiveTo < onDate)) {
    throw new PolicyNotFoundError(country, debtorKind, onDate);
  }
  return inForce;
}

/** A shipped version by its id (a recorded decision names the version it used). */
export function policyById(id: string): CollectionPolicy | undefined {
  return ALL_POLICIES.find((policy) => policy.id === id);
}
