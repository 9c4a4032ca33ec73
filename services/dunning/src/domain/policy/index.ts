export * from './collection-policy';
export { ALL_POLICIES, policyById, policyFor, selectPolicy } from './policy-registry';
export { validatePolicy, validatePolicyRegistry } from './validate-policy';
export { countryTimeZone, timeZoneOf, timeZonesOf } from './time-zones';
export { isCalendarDate } from './calendar-date';
export { PolicyArgumentInvalidError, PolicyError, PolicyNotFoundError } from './policy.errors';
