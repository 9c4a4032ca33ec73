import type { EntityManager } from 'typeorm';
import { PlanStore, type StoredPlan } from '../../application/ports/payments.ports';

/** Plan states are JSON with bigint amounts written as strings and read back as bigint. */
const toJson = (state: unknown) => JSON.stringify(state, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
const fromJson = (state: unknown): unknown => JSON.parse(JSON.stringify(state), (key, value: unknown) => (key === 'amountMinor' && typeof value === 'string' ? BigInt(value) : value));

export const OPEN = `status IN ('ACTIVE', 'OPEN')`;

export type PlanRow = { plan_id: string; case_id: string; kind: StoredPlan['kind']; status: string; state: unknown };
export const toPlan = (row: PlanRow): StoredPlan => ({ planId: row.plan_id, caseId: row.case_id, kind: row.kind, status: row.status, state: fromJson(row.state) });

/** payment_plans: instalment plans and settlements, one open per case. */
export class SqlPlanStore extends PlanStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async save(plan: StoredPlan): Promise<void> {
    await this.manager.query(
      `INSERT INTO payment_plans (plan_id, case_id, kind, status, state) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (plan_id) DO UPDATE SET status = EXCLUDED.status, state = EXCLUDED.state, updated_at = now()`,
      [plan.planId, plan.caseId, plan.kind, plan.status, toJson(plan.state)],
    );
  }

  async openForCase(caseId: string): Promise<StoredPlan[]> {
    const rows: PlanRow[] = await this.manager.query(`SELECT * FROM payment_plans WHERE case_id = $1 AND ${OPEN} ORDER BY updated_at FOR UPDATE`, [caseId]);
    return rows.map(toPlan);
  }

  async openPlans(limit: number, afterPlanId: string): Promise<StoredPlan[]> {
    // Not locked here: a plan changes only under its case account's lock, which the caller takes.
    const rows: PlanRow[] = await this.manager.query(`SELECT * FROM payment_plans WHERE ${OPEN} AND plan_id > $1 ORDER BY plan_id LIMIT $2`, [afterPlanId, limit]);
    return rows.map(toPlan);
  }
}
