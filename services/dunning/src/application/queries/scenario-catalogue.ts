import { DEFAULT_SCENARIOS } from '../../domain/scenario/default-scenarios';
import type { Scenario } from '../../domain/scenario/scenario';
import type { ScenarioStore, StoredScenario } from '../ports/scenario-store.port';

/** One version of a scenario, shipped with the code or written by an operator. */
export interface CatalogueVersion {
  scenario: Scenario;
  source: 'default' | 'stored';
  active: boolean;
  createdAt?: Date;
  createdBy?: string;
}

/**
 * Every scenario version the service knows: the shipped defaults and every stored version. A
 * stored version with the same id and version as a default replaces it (it is what plans ran
 * here). For each id, the latest version decides: active, it is in force (cases are matched
 * against it); inactive, the id is retired. So an operator's version 2 of a default supersedes the
 * default's version 1, and a later release shipping version 3 of that default supersedes both.
 * Every version stays findable, so a plan keeps the version it started with.
 */
export class ScenarioCatalogue {
  private readonly versions = new Map<string, CatalogueVersion>();
  private readonly byId = new Map<string, CatalogueVersion[]>();
  /** The latest version of each id that is active, in id order: what selection runs on. */
  readonly inForce: readonly Scenario[];

  private constructor(stored: readonly StoredScenario[], defaults: readonly Scenario[]) {
    for (const scenario of defaults) this.versions.set(key(scenario), { scenario, source: 'default', active: true });
    for (const { scenario, active, createdAt, createdBy } of stored) {
      this.versions.set(key(scenario), { scenario, source: 'stored', active, createdAt, ...(createdBy !== undefined && { createdBy }) });
    }
    for (const version of this.versions.values()) this.byId.set(version.scenario.id, [...(this.byId.get(version.scenario.id) ?? []), version]);
    for (const list of this.byId.values()) list.sort((a, b) => a.scenario.version - b.scenario.version);
    this.inForce = [...this.byId.keys()]
      .sort()
      .map((id) => this.latest(id)!)
      .filter((version) => version.active)
      .map((version) => version.scenario);
  }

  static of(stored: readonly StoredScenario[], defaults: readonly Scenario[] = DEFAULT_SCENARIOS): ScenarioCatalogue {
    return new ScenarioCatalogue(stored, defaults);
  }

  find(id: string, version: number): Scenario | undefined {
    return this.versions.get(`${id}@${version}`)?.scenario;
  }

  /** Every version of the id, oldest first; empty when the id is unknown. */
  versionsOf(id: string): readonly CatalogueVersion[] {
    return this.byId.get(id) ?? [];
  }

  latest(id: string): CatalogueVersion | undefined {
    return this.versionsOf(id).at(-1);
  }
}

function key(scenario: Scenario): string {
  return `${scenario.id}@${scenario.version}`;
}

/** The catalogue as stored now (fresher than a replica's in-memory copy, which reloads on a timer). */
export async function loadCatalogue(store: ScenarioStore): Promise<ScenarioCatalogue> {
  return ScenarioCatalogue.of(await store.listAll());
}
