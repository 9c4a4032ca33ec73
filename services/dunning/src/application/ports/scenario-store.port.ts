import type { Scenario } from '../../domain/scenario/scenario';

/** One scenario version an operator wrote (the shipped defaults are not stored). */
export interface StoredScenario {
  scenario: Scenario;
  /** False once the id was deactivated. */
  active: boolean;
  createdAt: Date;
  /** The operator who wrote it (the X-Operator header), when they said. */
  createdBy?: string;
}

/**
 * The scenarios operators edit, one row per version; a version is never rewritten, so a plan
 * always finds the version it started with.
 */
export abstract class ScenarioStore {
  /** Every stored version, active or not, in id then version order: what a replica's catalogue holds. */
  abstract listAll(): Promise<StoredScenario[]>;
  /** The latest stored version of each id, when it is active. */
  abstract listActiveLatest(): Promise<StoredScenario[]>;
  abstract find(id: string, version: number): Promise<StoredScenario | undefined>;
  /** Writes a new version (active); fails if that id and version exist. */
  abstract save(scenario: Scenario, createdBy?: string): Promise<StoredScenario>;
  /**
   * Deactivates every stored version of `id`, and records `latest` (the version in force, which
   * may be a shipped default never stored) as inactive, so that the id stays retired after a restart
   * (that row's created_by is then `by`, who deactivated it).
   */
  abstract deactivate(id: string, latest: Scenario, by?: string): Promise<void>;
  /**
   * Runs `work` in one transaction that no other change to scenarios runs beside, on any replica:
   * a change is checked against the whole set, so two changes checked side by side could leave
   * an overlap or a gap that neither would alone.
   */
  abstract exclusively<T>(work: (store: ScenarioStore) => Promise<T>): Promise<T>;
}

/** This process's in-memory catalogue of scenarios, reloaded after a change here so the change applies at once. */
export abstract class ScenarioCatalogueCache {
  /** Reloads from the store; never rejects (a failed reload is logged, and the periodic one tries again). */
  abstract reload(): Promise<void>;
}
