import { ScenarioStore, type StoredScenario } from '../../src/application/ports/scenario-store.port';
import type { Scenario } from '../../src/domain/scenario/scenario';

/** The scenarios table in memory, with the SQL store's rules (a version is written once; changes one at a time). */
export class InMemoryScenarioStore extends ScenarioStore {
  readonly rows: StoredScenario[] = [];
  /** Set to make the next reads fail, as a database outage would. */
  failing = false;
  private queue: Promise<unknown> = Promise.resolve();

  async listAll(): Promise<StoredScenario[]> {
    if (this.failing) throw new Error('database unavailable');
    return [...this.rows].sort((a, b) => (a.scenario.id === b.scenario.id ? a.scenario.version - b.scenario.version : a.scenario.id < b.scenario.id ? -1 : 1));
  }

  async listActiveLatest(): Promise<StoredScenario[]> {
    const latest = new Map<string, StoredScenario>();
    for (const row of await this.listAll()) latest.set(row.scenario.id, row);
    return [...latest.values()].filter((row) => row.active);
  }

  async find(id: string, version: number): Promise<StoredScenario | undefined> {
    return this.rows.find((row) => row.scenario.id === id && row.scenario.version === version);
  }

  async save(scenario: Scenario, createdBy?: string): Promise<StoredScenario> {
    if (await this.find(scenario.id, scenario.version)) throw new Error(`duplicate key ${scenario.id}@${scenario.version}`);
    const row: StoredScenario = { scenario, active: true, createdAt: new Date('2026-11-23T10:00:00Z'), ...(createdBy !== undefined && { createdBy }) };
    this.rows.push(row);
    return row;
  }

  async deactivate(id: string, latest: Scenario, by?: string): Promise<void> {
    for (const row of this.rows) if (row.scenario.id === id) row.active = false;
    if (!(await this.find(latest.id, latest.version))) this.rows.push({ scenario: latest, active: false, createdAt: new Date('2026-11-23T10:00:00Z'), ...(by !== undefined && { createdBy: by }) });
  }

  exclusively<T>(work: (store: ScenarioStore) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => work(this));
    this.queue = run.catch(() => undefined);
    return run;
  }
}
