import type { EntityManager } from 'typeorm';
import { ActionLog, type ContactRecord, type GuardRecord, type SentAction } from '../../application/ports/plan-store.port';
import type { ContactChannel, StepKind } from '../../domain/steps';

interface SentRow {
  action_id: string;
  case_id: string;
  debtor_identity_id: string | null;
  step_id: string;
  step_kind: StepKind;
  channel: ContactChannel | null;
  sent_at: Date;
  policy_id: string;
}

const toSent = (row: SentRow): SentAction => ({
  actionId: row.action_id, caseId: row.case_id, ...(row.debtor_identity_id ? { debtorIdentityId: row.debtor_identity_id } : {}), stepId: row.step_id,
  stepKind: row.step_kind, ...(row.channel ? { channel: row.channel } : {}), at: row.sent_at, policyId: row.policy_id,
});

/** Sent actions and guard decisions in the dunning database. */
export class SqlActionLog extends ActionLog {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async historyOf(debtorIds: string[], since: Date): Promise<ContactRecord[]> {
    if (debtorIds.length === 0) return [];
    const rows: SentRow[] = await this.manager.query(`SELECT * FROM sent_actions WHERE debtor_identity_id = ANY($1::uuid[]) AND sent_at >= $2 ORDER BY sent_at`, [debtorIds, since.toISOString()]);
    return rows.map(toSent);
  }

  async sentOf(caseIds: string[]): Promise<SentAction[]> {
    if (caseIds.length === 0) return [];
    const rows: SentRow[] = await this.manager.query(`SELECT * FROM sent_actions WHERE case_id = ANY($1::uuid[]) ORDER BY sent_at`, [caseIds]);
    return rows.map(toSent);
  }

  async recordSent(actions: SentAction[]): Promise<void> {
    if (actions.length === 0) return;
    await this.manager.query(
      `INSERT INTO sent_actions (action_id, case_id, debtor_identity_id, step_id, step_kind, channel, sent_at, policy_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[])`,
      [
        actions.map((a) => a.actionId), actions.map((a) => a.caseId), actions.map((a) => a.debtorIdentityId ?? null), actions.map((a) => a.stepId),
        actions.map((a) => a.stepKind), actions.map((a) => a.channel ?? null), actions.map((a) => a.at.toISOString()), actions.map((a) => a.policyId),
      ],
    );
  }

  async recordDecisions(decisions: GuardRecord[]): Promise<void> {
    if (decisions.length === 0) return;
    await this.manager.query(
      `INSERT INTO guard_decisions (case_id, step_id, outcome, requested_at, lawful_at, moves, policy_id, decided_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(case_id uuid, step_id text, outcome text, requested_at timestamptz, lawful_at timestamptz, moves jsonb, policy_id text, decided_at timestamptz)`,
      [JSON.stringify(decisions.map((d) => ({
        case_id: d.caseId, step_id: d.stepId, outcome: d.outcome, requested_at: d.requestedAt, lawful_at: d.lawfulAt ?? null, moves: d.moves, policy_id: d.policyId, decided_at: d.decidedAt,
      })))],
    );
  }

  async decisionsOf(caseId: string): Promise<GuardRecord[]> {
    const rows: Array<{ case_id: string; step_id: string; outcome: GuardRecord['outcome']; requested_at: Date; lawful_at: Date | null; moves: GuardRecord['moves']; policy_id: string; decided_at: Date }> =
      await this.manager.query(`SELECT * FROM guard_decisions WHERE case_id = $1 ORDER BY id`, [caseId]);
    return rows.map((row) => ({
      caseId: row.case_id, stepId: row.step_id, outcome: row.outcome, requestedAt: row.requested_at, ...(row.lawful_at ? { lawfulAt: row.lawful_at } : {}), moves: row.moves,
      policyId: row.policy_id, decidedAt: row.decided_at,
    }));
  }
}
