import type { EntityManager } from 'typeorm';
import { TimerStore, type StepTimer } from '../../application/ports/plan-store.port';

interface TimerRow {
  id: string;
  case_id: string;
  step_index: number;
  breach_track: boolean;
  step_id: string;
  due_at: Date;
}

const toTimer = (row: TimerRow): StepTimer => ({ id: row.id, caseId: row.case_id, stepIndex: row.step_index, breachTrack: row.breach_track, stepId: row.step_id, dueAt: row.due_at });

/** Step timers in the dunning database: one pending per case, fired in due order. */
export class SqlTimerStore extends TimerStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async schedule(timers: Array<Omit<StepTimer, 'id'>>, { replacing = true }: { replacing?: boolean } = {}): Promise<void> {
    if (timers.length === 0) return;
    if (replacing) await this.cancel(timers.map((timer) => timer.caseId));
    await this.manager.query(
      `INSERT INTO plan_timers (case_id, step_index, breach_track, step_id, due_at)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::boolean[], $4::text[], $5::timestamptz[])`,
      [timers.map((t) => t.caseId), timers.map((t) => t.stepIndex), timers.map((t) => t.breachTrack), timers.map((t) => t.stepId), timers.map((t) => t.dueAt.toISOString())],
    );
  }

  async cancel(caseIds: string[]): Promise<void> {
    if (caseIds.length === 0) return;
    await this.manager.query(`UPDATE plan_timers SET state = 'cancelled' WHERE case_id = ANY($1::uuid[]) AND state = 'pending'`, [caseIds]);
  }

  async claimDue(now: Date, limit: number): Promise<StepTimer[]> {
    const rows: TimerRow[] = await this.manager.query(
      `SELECT id, case_id, step_index, breach_track, step_id, due_at FROM plan_timers
       WHERE state = 'pending' AND due_at <= $1 ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now.toISOString(), limit],
    );
    return rows.map(toTimer);
  }

  async reschedule(moves: Array<{ id: string; dueAt: Date }>): Promise<void> {
    if (moves.length === 0) return;
    await this.manager.query(
      `UPDATE plan_timers t SET due_at = m.due_at FROM unnest($1::bigint[], $2::timestamptz[]) AS m(id, due_at) WHERE t.id = m.id`,
      [moves.map((move) => move.id), moves.map((move) => move.dueAt.toISOString())],
    );
  }

  async finish(ids: string[], state: 'fired' | 'cancelled', at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query(`UPDATE plan_timers SET state = $2, fired_at = $3 WHERE id = ANY($1::bigint[])`, [ids, state, at.toISOString()]);
  }

  async pendingOfDebtors(debtorIds: string[], until: Date): Promise<Array<StepTimer & { debtorIdentityId: string }>> {
    if (debtorIds.length === 0) return [];
    const rows: Array<TimerRow & { debtor_identity_id: string }> = await this.manager.query(
      `SELECT t.id, t.case_id, t.step_index, t.breach_track, t.step_id, t.due_at, p.debtor_identity_id FROM plan_timers t JOIN case_plans p ON p.case_id = t.case_id
       WHERE p.debtor_identity_id = ANY($1::uuid[]) AND p.state = 'active' AND t.state = 'pending' AND t.due_at <= $2 AND t.step_index >= 0
       ORDER BY t.due_at, t.id FOR UPDATE OF t SKIP LOCKED`,
      [debtorIds, until.toISOString()],
    );
    return rows.map((row) => ({ ...toTimer(row), debtorIdentityId: row.debtor_identity_id }));
  }

  async pendingOf(caseId: string): Promise<StepTimer | undefined> {
    const rows: TimerRow[] = await this.manager.query(`SELECT id, case_id, step_index, breach_track, step_id, due_at FROM plan_timers WHERE case_id = $1 AND state = 'pending'`, [caseId]);
    return rows[0] ? toTimer(rows[0]) : undefined;
  }
}
