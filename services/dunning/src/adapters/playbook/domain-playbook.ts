import { Injectable } from '@nestjs/common';
import { Playbook, type PlannedStep } from '../../application/ports/playbook.port';
import type { CaseFacts, DebtorContacts } from '../../domain/case-plan/case-plan';
import { policyFor, timeZoneOf } from '../../domain/policy';
import type { CollectionPolicy } from '../../domain/policy/collection-policy';
import { DEFAULT_SCENARIOS } from '../../domain/scenario/default-scenarios';
import type { Scenario } from '../../domain/scenario/scenario';
import { selectScenario } from '../../domain/scenario/select-scenario';
import { eurEquivalentMinor } from '../../domain/scoring/eur-equivalent';
import { successScore } from '../../domain/scoring/success-score';
import type { PolicyCountry } from '../../domain/steps';

/**
 * The policies and the default scenarios shipped as domain data. Scenarios are found by id and
 * version, so a plan keeps running the version it started with.
 */
@Injectable()
export class DomainPlaybook extends Playbook {
  private readonly scenarios = new Map<string, Scenario>(DEFAULT_SCENARIOS.map((scenario) => [`${scenario.id}@${scenario.version}`, scenario]));

  scenarioFor(facts: CaseFacts, contacts: DebtorContacts, today: string): { id: string; version: number } {
    const balance = { amountMinor: facts.principalMinor, currency: facts.currency };
    const { score } = successScore({
      balance,
      oldestUnpaidDueDate: facts.oldestDueDate || today,
      today,
      debtorKind: facts.debtorKind,
      usableChannels: contacts.channels,
      history: { promisesKept: 0, promisesBroken: 0, paymentsReceived: 0, contactsReached: 0, noAnswers: 0 },
    });
    const scenario = selectScenario([...this.scenarios.values()], { country: facts.country, debtorKind: facts.debtorKind, amountEurMinor: eurEquivalentMinor(balance), score });
    return { id: scenario.id, version: scenario.version };
  }

  steps(scenario: { id: string; version: number }, breachTrack: boolean): PlannedStep[] {
    const found = this.scenarios.get(`${scenario.id}@${scenario.version}`);
    if (!found) return [];
    return breachTrack ? found.planBreachSteps : found.steps;
  }

  policyFor(country: string, debtorKind: 'B2C' | 'B2B', onDate: string): CollectionPolicy {
    return policyFor(country as PolicyCountry, debtorKind, onDate);
  }

  timeZoneOf(country: string, region?: string): string {
    return timeZoneOf(country as PolicyCountry, region);
  }
}
