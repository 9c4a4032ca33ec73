import type { CaseFacts, DebtorContacts } from '../../domain/case-plan/case-plan';
import type { CollectionPolicy } from '../../domain/policy/collection-policy';
import type { ScenarioStep } from '../../domain/scenario/scenario';

/** One step of a scenario as the plan runs it. */
export type PlannedStep = ScenarioStep;

/** The policies and scenarios the plans run on (domain data today, an operator-edited store tomorrow). */
export abstract class Playbook {
  /** The scenario a new case runs, from its country, debtor kind, amount and success score. */
  abstract scenarioFor(facts: CaseFacts, contacts: DebtorContacts, today: string): { id: string; version: number };
  /** The scenario's steps, or its plan-breach steps. */
  abstract steps(scenario: { id: string; version: number }, breachTrack: boolean): PlannedStep[];
  /** The policy in force on that date for the country and debtor kind. */
  abstract policyFor(country: string, debtorKind: 'B2C' | 'B2B', onDate: string): CollectionPolicy;
  /** The debtor's time zone (contact hours are local). */
  abstract timeZoneOf(country: string, region?: string): string;
  /**
   * The debtor's region as the holiday calendar knows it (a US state, a German Land code), or
   * undefined when it does not (a name like "Berlin", a typo): then every region's holidays count,
   * the stricter reading.
   */
  abstract holidayRegionOf(country: string, region?: string): string | undefined;
  /** Every zone the debtor may be in (a US state spanning two; a country whose region is unknown): contact hours must hold in all. */
  abstract timeZonesOf(country: string, region?: string): string[];
}
