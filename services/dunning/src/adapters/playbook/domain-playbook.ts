import Holidays from 'date-holidays';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit, Optional } from '@nestjs/common';
import { Playbook, type PlannedStep } from '../../application/ports/playbook.port';
import { type ScenarioCatalogueCache, ScenarioStore } from '../../application/ports/scenario-store.port';
import { ScenarioCatalogue } from '../../application/queries/scenario-catalogue';
import type { CaseFacts, DebtorContacts } from '../../domain/case-plan/case-plan';
import { policyFor, timeZoneOf, timeZonesOf } from '../../domain/policy';
import type { CollectionPolicy } from '../../domain/policy/collection-policy';
import { selectScenario } from '../../domain/scenario/select-scenario';
import { eurEquivalentMinor } from '../../domain/scoring/eur-equivalent';
import { successScore } from '../../domain/scoring/success-score';
import type { PolicyCountry } from '../../domain/steps';

/** How often each replica reloads the stored scenarios, so that an edit made on another replica reaches it. */
export const SCENARIO_REFRESH_INTERVAL_MS = Symbol('SCENARIO_REFRESH_INTERVAL_MS');

/**
 * A plan names a scenario version this replica has not loaded yet (written on another replica
 * since the last reload). Retryable: a reload has been started, and the caller's transaction
 * (a timer scan, an event) runs again once it is in.
 */
export class ScenarioCatalogueStaleError extends Error {
  readonly code = 'DUNNING.SCENARIO_CATALOGUE_STALE';
  constructor(readonly scenario: { id: string; version: number }) {
    super(`scenario ${scenario.id} version ${scenario.version} is not loaded on this replica yet; reloading`);
  }
}

/**
 * The policies, and the scenarios: the shipped defaults plus every version operators stored,
 * held in memory (ScenarioCatalogue) so that `scenarioFor` and `steps` stay synchronous inside
 * transactions. New cases get the latest active version of each id; `steps` finds any version, so
 * a plan keeps running the version it started with.
 *
 * With a store, the catalogue is loaded before the app starts consuming (onModuleInit runs
 * before any module's bootstrap, where the consumers start), reloaded after each change made
 * through this process, and every refresh interval, so other replicas' edits arrive within it.
 * Without one (`new DomainPlaybook()` in benchmarks and tests) it serves the defaults alone.
 */
@Injectable()
export class DomainPlaybook extends Playbook implements ScenarioCatalogueCache, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DomainPlaybook.name);
  private readonly holidayRegions = new Map<string, Set<string>>();
  private catalogue = ScenarioCatalogue.of([]);
  private loadsStarted = 0;
  /** The sequence number of the load the catalogue comes from (0: not loaded from the store yet). */
  private loadedSeq = 0;
  private loadsRunning = 0;
  /** Versions asked for and not found, with the load that has to finish before they count as missing. */
  private readonly misses = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(
    @Optional() private readonly store?: ScenarioStore,
    @Optional() @Inject(SCENARIO_REFRESH_INTERVAL_MS) private readonly refreshIntervalMs: number = 30_000,
  ) {
    super();
  }

  /** Fails start-up when the stored scenarios cannot be read: serving the defaults alone would put new cases on the wrong scenarios. */
  async onModuleInit(): Promise<void> {
    if (!this.store) return;
    await this.load();
    this.timer = setInterval(() => void this.reload(), this.refreshIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async reload(): Promise<void> {
    await this.load().catch((error: Error) => this.logger.warn({ msg: 'scenario reload failed; the next refresh retries', err: error.message }));
  }

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
    const scenario = selectScenario(this.catalogue.inForce, { country: facts.country, debtorKind: facts.debtorKind, amountEurMinor: eurEquivalentMinor(balance), score });
    return { id: scenario.id, version: scenario.version };
  }

  /**
   * The version's steps. A version this replica does not know may have been written elsewhere
   * since the last reload: rather than answer "no steps" (the scanner would cancel the plan's
   * timer), it starts a reload and throws ScenarioCatalogueStaleError so the caller retries. Once
   * a load begun after the first miss has finished without it, the version counts as missing.
   */
  steps(scenario: { id: string; version: number }, breachTrack: boolean): PlannedStep[] {
    const found = this.catalogue.find(scenario.id, scenario.version);
    if (found) return breachTrack ? found.planBreachSteps : found.steps;
    if (!this.store) return [];
    const key = `${scenario.id}@${scenario.version}`;
    const awaited = this.misses.get(key);
    if (awaited !== undefined && this.loadedSeq >= awaited) return [];
    if (awaited === undefined || this.loadsRunning === 0) {
      this.misses.set(key, this.loadsStarted + 1);
      void this.reload();
    }
    throw new ScenarioCatalogueStaleError(scenario);
  }

  policyFor(country: string, debtorKind: 'B2C' | 'B2B', onDate: string): CollectionPolicy {
    return policyFor(country as PolicyCountry, debtorKind, onDate);
  }

  timeZoneOf(country: string, region?: string): string {
    return timeZoneOf(country as PolicyCountry, region);
  }

  holidayRegionOf(country: string, region?: string): string | undefined {
    if (!region) return undefined;
    let known = this.holidayRegions.get(country);
    if (!known) {
      known = new Set(Object.keys(new Holidays().getStates(country) ?? {}));
      this.holidayRegions.set(country, known);
    }
    return known.has(region.toUpperCase()) ? region.toUpperCase() : undefined;
  }

  timeZonesOf(country: string, region?: string): string[] {
    return timeZonesOf(country as PolicyCountry, region);
  }

  /** Loads may overlap (timer, change, miss); an older one finishing last never replaces a newer catalogue. */
  private async load(): Promise<void> {
    const seq = ++this.loadsStarted;
    this.loadsRunning += 1;
    try {
      const stored = await this.store!.listAll();
      if (seq > this.loadedSeq) {
        this.catalogue = ScenarioCatalogue.of(stored);
        this.loadedSeq = seq;
      }
    } finally {
      this.loadsRunning -= 1;
    }
  }
}
