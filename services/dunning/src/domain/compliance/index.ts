export { nextLawfulInstant, type GuardContext, type GuardDecision, type GuardMove, type GuardRequest } from './compliance-guard';
export type { ContactRecord } from './frequency-cap.rule';
export type { SentStep } from './waiting-period.rule';
export { lawfulCallWindows, type CallWindow } from './call-windows';
export { holidayCalendar, type HolidayCalendar } from './holiday-calendar';
export { ComplianceError, GuardRequestInvalidError, HolidayRegionUnknownError, NoLawfulInstantError } from './compliance.errors';
