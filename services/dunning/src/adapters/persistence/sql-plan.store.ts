import type { EntityManager } from 'typeorm';
import { PlanStore } from '../../application/ports/plan-store.port';
import type { PlanSnapshot } from '../../domain/case-plan/case-plan';

/** Bigints and dates as JSON: amounts as decimal strings, instants as ISO strings. */
function toJson(plan: PlanSnapshot): string {
  return JSON.stringify(plan, (_key, value: unknown) => (typeof value === 'bigint' ? { $bigint: value.toString() } : value));
}

/** Parses the snapshot as text once (selected `::text`), reviving bigints and dates on the way. */
function fromJson(json: string): PlanSnapshot {
  return JSON.parse(json, (key, value: unknown) => {
    if (value && typeof value === 'object' && '$bigint' in value) return BigInt((value as { $bigint: string }).$bigint);
    if (key === 'openedAt' && typeof value === 'string') return new Date(value);
    return value;
  }) as PlanSnapshot;
}

/** Case plans as JSON snapshots of the state machine, with the columns the scanner and indexes need. */
export class SqlPlanStore extends PlanStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async lock(caseIds: string[]): Promise<Map<string, PlanSnapshot>> {
    if (caseIds.length === 0) return new Map();
    const rows: Array<{ case_id: string; snapshot: string }> = await this.manager.query(
      `SELECT case_id, snapshot::text AS snapshot FROM case_plans WHERE case_id = ANY($1::uuid[]) ORDER BY case_id FOR UPDATE`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.case_id, fromJson(row.snapshot)]));
  }

  async lockIfFree(caseIds: string[]): Promise<Map<string, PlanSnapshot>> {
    if (caseIds.length === 0) return new Map();
    const rows: Array<{ case_id: string; snapshot: string }> = await this.manager.query(
      `SELECT case_id, snapshot::text AS snapshot FROM case_plans WHERE case_id = ANY($1::uuid[]) ORDER BY case_id FOR UPDATE SKIP LOCKED`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.case_id, fromJson(row.snapshot)]));
  }

  async find(caseId: string): Promise<PlanSnapshot | undefined> {
    const rows: Array<{ snapshot: string }> = await this.manager.query(`SELECT snapshot::text AS snapshot FROM case_plans WHERE case_id = $1`, [caseId]);
    return rows[0] ? fromJson(rows[0].snapshot) : undefined;
  }

  async save(plans: PlanSnapshot[]): Promise<void> {
    if (plans.length === 0) return;
    await this.manager.query(
      `INSERT INTO case_plans (case_id, state, debtor_identity_id, snapshot)
       SELECT p.case_id, p.state, p.debtor_identity_id, p.snapshot FROM jsonb_to_recordset($1::jsonb) AS p(case_id uuid, state text, debtor_identity_id uuid, snapshot jsonb)
       ON CONFLICT (case_id) DO UPDATE SET state = EXCLUDED.state, debtor_identity_id = EXCLUDED.debtor_identity_id, snapshot = EXCLUDED.snapshot,
         updated_at = now(), version = case_plans.version + 1`,
      [`[${plans.map((plan) => `{"case_id":${JSON.stringify(plan.caseId)},"state":${JSON.stringify(plan.state)},"debtor_identity_id":${JSON.stringify(plan.contacts?.debtorIdentityId ?? null)},"snapshot":${toJson(plan)}}`).join(',')}]`],
    );
  }
}
