export * from './calendar-date';
export * from './plans.errors';
export * from './plan-break-policy';
export * from './instalment-plan.events';
export * from './instalment-plan.aggregate';
export * from './settlement.events';
export * from './settlement.aggregate';
