import { inTransaction } from '@collections/persistence';
import type { EntityManager } from 'typeorm';
import { ScenarioStore, type StoredScenario } from '../../application/ports/scenario-store.port';
import type { Scenario } from '../../domain/scenario/scenario';
import { type ScenarioJson, toScenarioJson } from '../../domain/scenario/scenario-json';

interface ScenarioRow {
  id: string;
  version: number;
  definition: ScenarioJson;
  active: boolean;
  created_at: Date;
  created_by: string | null;
}

const COLUMNS = 'id, version, definition, active, created_at, created_by';

/** Serialises every change to scenarios across replicas, for the length of its transaction. */
const CHANGE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('dunning.scenarios'))`;

/**
 * Scenario versions as JSON (toScenarioJson: amounts as decimal strings). A definition was
 * validated when it was written and is read back as it is, not validated again: a plan must keep
 * running its version even after a later release tightens the rules.
 */
function fromRow(row: ScenarioRow): StoredScenario {
  const { amountBand, ...rest } = row.definition;
  const scenario: Scenario = {
    ...rest,
    id: row.id,
    version: row.version,
    amountBand: { minEurMinor: BigInt(amountBand.minEurMinor), ...(amountBand.maxEurMinor !== undefined && { maxEurMinor: BigInt(amountBand.maxEurMinor) }) },
  };
  return { scenario, active: row.active, createdAt: row.created_at, ...(row.created_by !== null && { createdBy: row.created_by }) };
}

/** The operator-edited scenarios, in the `scenarios` table. */
export class SqlScenarioStore extends ScenarioStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async listAll(): Promise<StoredScenario[]> {
    const rows: ScenarioRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM scenarios ORDER BY id, version`);
    return rows.map(fromRow);
  }

  async listActiveLatest(): Promise<StoredScenario[]> {
    const rows: ScenarioRow[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM (SELECT DISTINCT ON (id) ${COLUMNS} FROM scenarios ORDER BY id, version DESC) latest WHERE active ORDER BY id`,
    );
    return rows.map(fromRow);
  }

  async find(id: string, version: number): Promise<StoredScenario | undefined> {
    const rows: ScenarioRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM scenarios WHERE id = $1 AND version = $2`, [id, version]);
    return rows[0] && fromRow(rows[0]);
  }

  async save(scenario: Scenario, createdBy?: string): Promise<StoredScenario> {
    const rows: ScenarioRow[] = await this.manager.query(
      `INSERT INTO scenarios (id, version, definition, created_by) VALUES ($1, $2, $3::jsonb, $4) RETURNING ${COLUMNS}`,
      [scenario.id, scenario.version, JSON.stringify(toScenarioJson(scenario)), createdBy ?? null],
    );
    return fromRow(rows[0]);
  }

  async deactivate(id: string, latest: Scenario, by?: string): Promise<void> {
    await this.manager.query(`UPDATE scenarios SET active = false WHERE id = $1 AND active`, [id]);
    await this.manager.query(
      `INSERT INTO scenarios (id, version, definition, active, created_by) VALUES ($1, $2, $3::jsonb, false, $4) ON CONFLICT ON CONSTRAINT pk_scenarios DO NOTHING`,
      [latest.id, latest.version, JSON.stringify(toScenarioJson(latest)), by ?? null],
    );
  }

  exclusively<T>(work: (store: ScenarioStore) => Promise<T>): Promise<T> {
    return inTransaction(this.manager.connection, async (manager) => {
      await manager.query(CHANGE_LOCK);
      return work(new SqlScenarioStore(manager));
    });
  }
}
