import type { DebtorKind, PolicyCountry } from '../../steps';
import type { AmountBand, Scenario, ScenarioStep, ScoreBand } from '../scenario';

/** Claims under EUR 500 are small claims: fewer and cheaper steps. */
export const SMALL_CLAIM_LIMIT_EUR_MINOR = 50_000n;
export const ALL_AMOUNTS: AmountBand = { minEurMinor: 0n };
export const SMALL_CLAIMS: AmountBand = { minEurMinor: 0n, maxEurMinor: SMALL_CLAIM_LIMIT_EUR_MINOR };
export const STANDARD_CLAIMS: AmountBand = { minEurMinor: SMALL_CLAIM_LIMIT_EUR_MINOR };
export const ALL_SCORES: ScoreBand = { min: 0, max: 100 };

/**
 * Step builders for one country and debtor kind, so the default scenarios read as a list of
 * steps and days. Templates are keyed `<country>.<kind>.<step id>` (`be.b2c.first-reminder`):
 * the notifications service holds one per language.
 */
export function stepsFor(country: PolicyCountry, debtorKind: DebtorKind) {
  const templateKey = (id: string) => `${country}.${debtorKind}.${id}`.toLowerCase();
  return {
    letter: (id: string, delayDays: number): ScenarioStep => ({ id, kind: 'LETTER', templateKey: templateKey(id), delayDays, stage: 'REMINDERS' }),
    email: (id: string, delayDays: number): ScenarioStep => ({ id, kind: 'EMAIL', templateKey: templateKey(id), delayDays, stage: 'REMINDERS' }),
    sms: (id: string, delayDays: number): ScenarioStep => ({ id, kind: 'SMS', templateKey: templateKey(id), delayDays, stage: 'REMINDERS' }),
    call: (id: string, delayDays: number): ScenarioStep => ({ id, kind: 'CALL', delayDays, stage: 'REMINDERS' }),
    /** Only with a verified postal address, and only while nothing has been paid (a visit is the costliest step). */
    homeVisit: (delayDays: number): ScenarioStep => ({
      id: 'home-visit',
      kind: 'VISIT',
      templateKey: templateKey('home-visit'),
      delayDays,
      stage: 'VISIT',
      conditions: { requiresChannel: 'LETTER', onlyIfNoPaymentSinceStart: true },
    }),
    formalNotice: (delayDays: number): ScenarioStep => ({ id: 'formal-notice', kind: 'FORMAL_NOTICE', templateKey: templateKey('formal-notice'), delayDays, stage: 'FORMAL_NOTICE' }),
    intensiveCalls: (delayDays: number): ScenarioStep => ({ id: 'intensive-calls', kind: 'INTENSIVE_CALLS', delayDays, stage: 'INTENSIVE_FOLLOW_UP' }),
    evaluation: (delayDays: number): ScenarioStep => ({ id: 'evaluation', kind: 'EVALUATION', delayDays, stage: 'EVALUATION' }),
    /**
     * After a broken instalment plan: an SMS for consumers, a letter saying the plan ended and the
     * balance is due, a call (`callAfterDays`, default 7: longer where every letter opens a wait),
     * intensive calls a week later, then the consultant evaluates three weeks after that.
     */
    planBreach: (options: { sms: boolean; callAfterDays?: number }): ScenarioStep[] => [
      ...(options.sms ? [{ id: 'plan-breach-sms', kind: 'SMS', templateKey: templateKey('plan-breach-sms'), delayDays: 0, stage: 'REMINDERS' } as const] : []),
      { id: 'plan-breach-letter', kind: 'LETTER', templateKey: templateKey('plan-breach-letter'), delayDays: 0, stage: 'REMINDERS' },
      { id: 'plan-breach-call', kind: 'CALL', delayDays: options.callAfterDays ?? 7, stage: 'REMINDERS' },
      { id: 'plan-breach-intensive-calls', kind: 'INTENSIVE_CALLS', delayDays: 7, stage: 'INTENSIVE_FOLLOW_UP' },
      { id: 'plan-breach-evaluation', kind: 'EVALUATION', delayDays: 21, stage: 'EVALUATION' },
    ],
  };
}

/** A default scenario: version 1, every score unless told. */
export function defaultScenario(fields: Omit<Scenario, 'version' | 'scoreBand'> & { scoreBand?: ScoreBand }): Scenario {
  return { ...fields, version: 1, scoreBand: fields.scoreBand ?? ALL_SCORES };
}
