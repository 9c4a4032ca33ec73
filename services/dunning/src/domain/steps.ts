/**
 * The words the dunning domain speaks in: what a step does, over which channel, and for whom.
 * Policies say which of these are lawful and when; scenarios string them together; the case plan
 * schedules them; the compliance guard moves them to a lawful instant.
 */

/** What one scenario step does. */
export const STEP_KINDS = [
  'LETTER', // a reminder letter (which template: the step's templateKey)
  'EMAIL',
  'SMS',
  'CALL', // a call task for an agent
  'VISIT', // a home visit by a field agent, where lawful
  'FORMAL_NOTICE', // the formal notice (mise en demeure), a letter with mandatory content
  'INTENSIVE_CALLS', // intensive phone follow-up: a call task repeated within the frequency caps
  'EVALUATION', // the consultant's evaluation: closure, legal action or more collection
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** How an action reaches the debtor; the unit frequency caps count in. */
export const CONTACT_CHANNELS = ['LETTER', 'EMAIL', 'SMS', 'PHONE', 'VISIT'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** The channel a step uses (an evaluation contacts nobody). */
export const CHANNEL_OF_STEP: Record<StepKind, ContactChannel | undefined> = {
  LETTER: 'LETTER',
  EMAIL: 'EMAIL',
  SMS: 'SMS',
  CALL: 'PHONE',
  VISIT: 'VISIT',
  FORMAL_NOTICE: 'LETTER',
  INTENSIVE_CALLS: 'PHONE',
  EVALUATION: undefined,
};

/** B2C (a consumer) or B2B (a business): the law differs almost everywhere. */
export type DebtorKind = 'B2C' | 'B2B';

/** The countries the platform collects in (../shared/COUNTRY-RULES.md). */
export const POLICY_COUNTRIES = ['BE', 'FR', 'ES', 'NL', 'DE', 'SE', 'GB', 'US'] as const;
export type PolicyCountry = (typeof POLICY_COUNTRIES)[number];

/** A calendar date `YYYY-MM-DD` (no time zone). */
export type CalendarDate = string;
