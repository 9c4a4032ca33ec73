import type { CollectionPolicy, HolidayType } from './collection-policy';
import { houseSource, MON_FRI, MON_SAT } from './house-rules';
import { ruleIdsUsedBy } from './policy-rule-ids';

/** What a country file writes: the derived fields (id, mergeAllowed) and the usual defaults are filled in. */
export type PolicySpec = Omit<
  CollectionPolicy,
  | 'id'
  | 'mergeAllowed'
  | 'holidayTypes'
  | 'workingDays'
  | 'postalDeliveryDays'
  | 'forbiddenBecause'
  | 'formalNoticeContent'
  | 'followUpContent'
  | 'electronicMessageContent'
  | 'prohibitions'
> &
  Partial<
    Pick<
      CollectionPolicy,
      | 'holidayTypes'
      | 'workingDays'
      | 'postalDeliveryDays'
      | 'forbiddenBecause'
      | 'formalNoticeContent'
      | 'followUpContent'
      | 'electronicMessageContent'
      | 'prohibitions'
    >
  >;

const DEFAULT_HOLIDAY_TYPES: HolidayType[] = ['public', 'bank'];

/**
 * Builds a policy from its spec: id `CC-KIND@effectiveFrom`, `mergeAllowed` from `mergeScope`,
 * defaults (public and bank holidays; Monday–Friday working days; post Monday–Saturday), and the
 * source of every house rule it uses but does not source itself. The result is deeply frozen.
 */
export function definePolicy(spec: PolicySpec): CollectionPolicy {
  const policy: CollectionPolicy = {
    ...spec,
    id: `${spec.country}-${spec.debtorKind}@${spec.effectiveFrom}`,
    mergeAllowed: spec.mergeScope !== 'none',
    holidayTypes: spec.holidayTypes ?? DEFAULT_HOLIDAY_TYPES,
    workingDays: spec.workingDays ?? MON_FRI,
    postalDeliveryDays: spec.postalDeliveryDays ?? MON_SAT,
    forbiddenBecause: spec.forbiddenBecause ?? {},
    formalNoticeContent: spec.formalNoticeContent ?? [],
    followUpContent: spec.followUpContent ?? [],
    electronicMessageContent: spec.electronicMessageContent ?? [],
    prohibitions: spec.prohibitions ?? [],
  };
  const sourced = new Set(policy.sources.map((source) => source.ruleId));
  const missing = ruleIdsUsedBy(policy).filter((ruleId) => !sourced.has(ruleId));
  const houseSources = missing.flatMap((ruleId) => houseSource(ruleId) ?? []);
  return deepFreeze(structuredClone({ ...policy, sources: [...policy.sources, ...houseSources] }));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}
