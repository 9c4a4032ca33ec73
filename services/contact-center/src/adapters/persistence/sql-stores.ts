import type { EntityManager } from 'typeorm';
import {
  CaseStore, TaskStore, TermsStore, WorkStore, type Agent, type CaseFile, type DeclinedCallback, type Interaction, type LeasedTask, type Negotiation, type Task,
} from '../../application/ports/contact-center.ports';

/** JSON with bigint amounts written as strings and read back as bigint (`amountMinor`, `*Minor`). */
export const toJson = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
export const fromJson = <T>(value: unknown): T =>
  JSON.parse(JSON.stringify(value), (key, item: unknown) => (typeof item === 'string' && /Minor$/.test(key) && /^-?\d+$/.test(item) ? BigInt(item) : item)) as T;

type CaseRow = { case_id: string; creditor_id: string; country: string; language: string; debtor_name: string; balance: unknown; currency: string; closed: boolean };

export class SqlCaseStore extends CaseStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async save(file: CaseFile): Promise<void> {
    await this.manager.query(
      `INSERT INTO cases (case_id, creditor_id, country, language, debtor_name, balance, currency) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id) DO NOTHING`,
      [file.caseId, file.creditorId, file.country, file.language, file.debtorName, toJson(file.balance), file.currency],
    );
  }

  async find(caseId: string): Promise<CaseFile | undefined> {
    const rows: CaseRow[] = await this.manager.query(`SELECT * FROM cases WHERE case_id = $1`, [caseId]);
    const row = rows[0];
    return row && { caseId: row.case_id, creditorId: row.creditor_id, country: row.country, language: row.language, debtorName: row.debtor_name, balance: fromJson(row.balance), currency: row.currency, closed: row.closed };
  }

  async updateBalance(caseId: string, balance: CaseFile['balance']): Promise<void> {
    await this.manager.query(`UPDATE cases SET balance = $2, updated_at = now() WHERE case_id = $1`, [caseId, toJson(balance)]);
  }

  async close(caseId: string): Promise<void> {
    await this.manager.query(`UPDATE cases SET closed = true, updated_at = now() WHERE case_id = $1`, [caseId]);
  }
}

type TaskRow = {
  id: string; action_id: string; case_id: string; kind: Task['kind']; country: string; language: string; details: Record<string, unknown>; priority: number;
  not_before: Date; not_after: Date; leased_by: string | null; lease_expires_at: Date | null;
  held_for: string | null; held_until: Date | null; later_windows: Array<{ notBefore: string; notAfter: string }> | null; overdue: boolean | null;
};
const toTask = (row: TaskRow): LeasedTask => ({
  id: row.id, actionId: row.action_id, caseId: row.case_id, kind: row.kind, country: row.country, language: row.language, details: row.details, priority: row.priority,
  notBefore: row.not_before, notAfter: row.not_after, leasedBy: row.leased_by ?? '', leaseExpiresAt: row.lease_expires_at ?? new Date(0),
  ...(row.held_for ? { heldFor: row.held_for, ...(row.held_until ? { heldUntil: row.held_until } : {}) } : {}),
  ...(row.kind === 'CALLBACK' ? { laterWindows: (row.later_windows ?? []).map((window) => ({ notBefore: new Date(window.notBefore), notAfter: new Date(window.notAfter) })), overdue: row.overdue ?? false } : {}),
});

// A task this agent may take now (as far as holds go): mayTakeHeld in domain/tasks/callback.ts.
const NOT_HELD_FOR_ANOTHER = `(held_for IS NULL OR held_for = $1 OR held_until <= $3)`;
const TAKEABLE = `state IN ('queued', 'leased') AND (state = 'queued' OR lease_expires_at < $3) AND not_before <= $3 AND not_after > $3`;

export class SqlTaskStore extends TaskStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async enqueue(task: Task): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO tasks (id, action_id, case_id, kind, country, language, details, priority, not_before, not_after, held_for, held_until, later_windows, overdue)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (action_id) DO NOTHING RETURNING id`,
      [
        task.id, task.actionId, task.caseId, task.kind, task.country, task.language, JSON.stringify(task.details), task.priority, task.notBefore, task.notAfter,
        task.heldFor ?? null, task.heldUntil ?? null, JSON.stringify(task.laterWindows ?? []), task.overdue ?? false,
      ],
    );
    return rows.length > 0;
  }

  async leaseNext(agent: Agent, now: Date, leaseExpiresAt: Date): Promise<LeasedTask | undefined> {
    // The head of each of the agent's queues (read in index order) and of the callbacks held for this
    // agent (any queue), the best of them leased; a task held for another agent is passed over until
    // its hold ends. SKIP LOCKED: an agent racing another for the same task takes the next one instead of waiting.
    const queues = agent.countries.flatMap((country) => agent.languages.map((language) => `${country}:${language}`));
    const [rows]: [TaskRow[], number] = await this.manager.query(
      `UPDATE tasks t SET state = 'leased', leased_by = $1, lease_expires_at = $2
        WHERE t.id = (
          SELECT head.id FROM (
            SELECT queued.id, queued.priority FROM unnest($4::text[]) AS q(queue)
             CROSS JOIN LATERAL (
               SELECT id, priority FROM tasks
                WHERE queue = q.queue AND ${TAKEABLE} AND ${NOT_HELD_FOR_ANOTHER}
                ORDER BY priority DESC
                LIMIT 1
                FOR UPDATE SKIP LOCKED) AS queued
            UNION ALL
            SELECT mine.id, mine.priority FROM (
              SELECT id, priority FROM tasks
               WHERE held_for = $1 AND ${TAKEABLE}
               ORDER BY priority DESC
               LIMIT 1
               FOR UPDATE SKIP LOCKED) AS mine) AS head
           ORDER BY head.priority DESC
           LIMIT 1)
        RETURNING t.*`,
      [agent.id, leaseExpiresAt, now, queues],
    );
    return rows[0] && toTask(rows[0]);
  }

  async heldBy(taskId: string, agentId: string, now: Date): Promise<LeasedTask | undefined> {
    const rows: TaskRow[] = await this.manager.query(`SELECT * FROM tasks WHERE id = $1 AND state = 'leased' AND leased_by = $2 AND lease_expires_at > $3 FOR UPDATE`, [taskId, agentId, now]);
    return rows[0] && toTask(rows[0]);
  }

  async release(taskId: string, agentId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.manager.query(`UPDATE tasks SET state = 'queued', leased_by = NULL, lease_expires_at = NULL WHERE id = $1 AND state = 'leased' AND leased_by = $2`, [taskId, agentId]);
    return count > 0;
  }

  async complete(taskId: string, at: Date): Promise<void> {
    await this.manager.query(`UPDATE tasks SET state = 'done', done_at = $2 WHERE id = $1`, [taskId, at]);
  }

  async completeForAction(caseId: string, actionId: string, at: Date): Promise<void> {
    await this.manager.query(`UPDATE tasks SET state = 'done', done_at = $3, leased_by = NULL, lease_expires_at = NULL WHERE case_id = $1 AND action_id = $2 AND state IN ('queued', 'leased')`, [caseId, actionId, at]);
  }

  async rollOverdueCallbacks(now: Date): Promise<number> {
    // rollOverdueCallback (domain/tasks/callback.ts) in SQL: the first later window not yet over
    // becomes the task's window, the windows before it are dropped; none left: only flagged overdue.
    const [, count]: [unknown, number] = await this.manager.query(
      `WITH due AS (
         SELECT id, later_windows FROM tasks
          WHERE kind = 'CALLBACK' AND state IN ('queued', 'leased') AND (state = 'queued' OR lease_expires_at < $1) AND not_after <= $1
            AND (NOT overdue OR jsonb_array_length(later_windows) > 0)
          FOR UPDATE SKIP LOCKED),
       next AS (
         SELECT due.id, w.ordinality AS position, (w.value->>'notBefore')::timestamptz AS not_before, (w.value->>'notAfter')::timestamptz AS not_after
           FROM due LEFT JOIN LATERAL (
             SELECT value, ordinality FROM jsonb_array_elements(due.later_windows) WITH ORDINALITY
              WHERE (value->>'notAfter')::timestamptz > $1 ORDER BY ordinality LIMIT 1) AS w ON true)
       UPDATE tasks t SET overdue = true, state = 'queued', leased_by = NULL, lease_expires_at = NULL,
              not_before = COALESCE(next.not_before, t.not_before), not_after = COALESCE(next.not_after, t.not_after),
              later_windows = CASE WHEN next.position IS NULL THEN '[]'::jsonb
                                   ELSE COALESCE((SELECT jsonb_agg(value ORDER BY ordinality) FROM jsonb_array_elements(t.later_windows) WITH ORDINALITY WHERE ordinality > next.position), '[]'::jsonb) END
         FROM next WHERE t.id = next.id`,
      [now],
    );
    return count;
  }

  async callbacksOf(agentId: string): Promise<LeasedTask[]> {
    const rows: TaskRow[] = await this.manager.query(`SELECT * FROM tasks WHERE held_for = $1 AND kind = 'CALLBACK' AND state IN ('queued', 'leased') ORDER BY not_before, id LIMIT 200`, [agentId]);
    return rows.map(toTask);
  }

  async recordDeclinedCallback(declined: DeclinedCallback): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO declined_callbacks (interaction_id, case_id, agent_id, requested_at, reason, explanation, declined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (interaction_id) DO NOTHING RETURNING interaction_id`,
      [declined.interactionId, declined.caseId, declined.agentId, declined.requestedAt, declined.reason, declined.explanation, declined.declinedAt],
    );
    return rows.length > 0;
  }

  async declinedCallbacksOf(agentId: string, since: Date): Promise<DeclinedCallback[]> {
    const rows: Array<{ interaction_id: string; case_id: string; agent_id: string; requested_at: Date; reason: string; explanation: string; declined_at: Date }> = await this.manager.query(
      `SELECT * FROM declined_callbacks WHERE agent_id = $1 AND declined_at >= $2 ORDER BY declined_at DESC, interaction_id LIMIT 200`, [agentId, since],
    );
    return rows.map((row) => ({
      interactionId: row.interaction_id, caseId: row.case_id, agentId: row.agent_id, requestedAt: row.requested_at, reason: row.reason, explanation: row.explanation, declinedAt: row.declined_at,
    }));
  }

  async adoptAwaiting(caseId: string, country: string): Promise<number> {
    const [, count]: [unknown, number] = await this.manager.query(`UPDATE tasks SET country = $2 WHERE case_id = $1 AND country = ''`, [caseId, country]);
    return count;
  }

  async cancelForCase(caseId: string): Promise<number> {
    const [, count]: [unknown, number] = await this.manager.query(`UPDATE tasks SET state = 'cancelled' WHERE case_id = $1 AND state IN ('queued', 'leased')`, [caseId]);
    return count;
  }
}

export class SqlWorkStore extends WorkStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async recordInteraction(interaction: Interaction): Promise<void> {
    await this.manager.query(
      `INSERT INTO interactions (id, case_id, task_id, agent_id, channel, direction, result, details, note, note_for_creditor, minutes_spent, contacted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [interaction.id, interaction.caseId, interaction.taskId ?? null, interaction.agentId, interaction.channel, interaction.direction, interaction.result, toJson(interaction.details), interaction.note, interaction.noteForCreditor, interaction.minutesSpent, interaction.contactedAt],
    );
  }

  async saveNegotiation(negotiation: Negotiation): Promise<void> {
    await this.manager.query(
      `INSERT INTO negotiations (id, case_id, kind, status, proposal, approval_request_id, agent_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [negotiation.id, negotiation.caseId, negotiation.kind, negotiation.status, toJson(negotiation.proposal), negotiation.approvalRequestId ?? null, negotiation.agentId],
    );
  }

  async negotiationByApprovalRequest(requestId: string): Promise<Negotiation | undefined> {
    const rows: Array<{ id: string; case_id: string; kind: Negotiation['kind']; status: Negotiation['status']; proposal: unknown; approval_request_id: string; agent_id: string }> = await this.manager.query(
      `SELECT * FROM negotiations WHERE approval_request_id = $1 FOR UPDATE`,
      [requestId],
    );
    const row = rows[0];
    return row && { id: row.id, caseId: row.case_id, kind: row.kind, status: row.status, proposal: fromJson(row.proposal), approvalRequestId: row.approval_request_id, agentId: row.agent_id };
  }

  async decideNegotiation(id: string, status: Negotiation['status'], at: Date): Promise<void> {
    await this.manager.query(`UPDATE negotiations SET status = $2, decided_at = $3 WHERE id = $1`, [id, status, at]);
  }

  async saveDeclaration(caseId: string, declaration: unknown, agentId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO income_declarations (case_id, declaration, entered_by) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO UPDATE SET declaration = EXCLUDED.declaration, entered_by = EXCLUDED.entered_by, updated_at = now()`,
      [caseId, toJson(declaration), agentId],
    );
  }

  async declaration(caseId: string): Promise<unknown | undefined> {
    const rows: Array<{ declaration: unknown }> = await this.manager.query(`SELECT declaration FROM income_declarations WHERE case_id = $1`, [caseId]);
    return rows[0] && fromJson(rows[0].declaration);
  }

  async saveDispute(id: string, caseId: string, state: string, dispute: unknown): Promise<void> {
    await this.manager.query(
      `INSERT INTO disputes (id, case_id, state, dispute) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, dispute = EXCLUDED.dispute, updated_at = now()`,
      [id, caseId, state, toJson(dispute)],
    );
  }

  async dispute(id: string): Promise<{ caseId: string; dispute: unknown } | undefined> {
    const rows: Array<{ case_id: string; dispute: unknown }> = await this.manager.query(`SELECT case_id, dispute FROM disputes WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] && { caseId: rows[0].case_id, dispute: fromJson(rows[0].dispute) };
  }

  async addDisputeDocument(document: { id: string; disputeId: string; fileName: string; mediaType: string; content: Buffer }): Promise<void> {
    await this.manager.query(`INSERT INTO dispute_documents (id, dispute_id, file_name, media_type, content) VALUES ($1, $2, $3, $4, $5)`, [document.id, document.disputeId, document.fileName, document.mediaType, document.content]);
  }

  async disputeDocument(disputeId: string, documentId: string): Promise<{ fileName: string; mediaType: string; content: Buffer } | undefined> {
    const rows: Array<{ file_name: string; media_type: string; content: Buffer }> = await this.manager.query(`SELECT file_name, media_type, content FROM dispute_documents WHERE dispute_id = $1 AND id = $2`, [disputeId, documentId]);
    return rows[0] && { fileName: rows[0].file_name, mediaType: rows[0].media_type, content: rows[0].content };
  }

  async addThirdParty(party: { id: string; caseId: string; role: string; name: string; contact: Record<string, unknown> }): Promise<void> {
    await this.manager.query(`INSERT INTO third_parties (id, case_id, role, name, contact) VALUES ($1, $2, $3, $4, $5)`, [party.id, party.caseId, party.role, party.name, JSON.stringify(party.contact)]);
  }

  async thirdParties(caseId: string): Promise<Array<{ id: string; role: string; name: string; contact: Record<string, unknown> }>> {
    return this.manager.query(`SELECT id, role, name, contact FROM third_parties WHERE case_id = $1 ORDER BY created_at`, [caseId]);
  }
}

export class SqlTermsStore extends TermsStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async rates(): Promise<{ asOf: string; eurPer: Record<string, string> }> {
    const rows: Array<{ currency: string; eur_per: string; as_of: string }> = await this.manager.query(`SELECT currency, eur_per, to_char(as_of, 'YYYY-MM-DD') AS as_of FROM exchange_rates`);
    return { asOf: rows.map((row) => row.as_of).sort()[0] ?? '', eurPer: { EUR: '1', ...Object.fromEntries(rows.map((row) => [row.currency, row.eur_per])) } };
  }

  async saveRates(asOf: string, eurPer: Record<string, string>): Promise<void> {
    for (const [currency, rate] of Object.entries(eurPer)) {
      await this.manager.query(`INSERT INTO exchange_rates (currency, eur_per, as_of) VALUES ($1, $2, $3) ON CONFLICT (currency) DO UPDATE SET eur_per = EXCLUDED.eur_per, as_of = EXCLUDED.as_of`, [currency, rate, asOf]);
    }
  }

  async creditorTerms(creditorId: string) {
    const rows: Array<{ terms: unknown }> = await this.manager.query(`SELECT terms FROM creditor_terms WHERE creditor_id = $1`, [creditorId]);
    return rows[0] && fromJson<{ authorityLimitEurMinor?: bigint; minInstalmentMinor?: bigint; maxDurationMonths?: number; settlementFloorBp?: number }>(rows[0].terms);
  }

  async saveCreditorTerms(creditorId: string, terms: Record<string, unknown>): Promise<void> {
    await this.manager.query(`INSERT INTO creditor_terms (creditor_id, terms) VALUES ($1, $2) ON CONFLICT (creditor_id) DO UPDATE SET terms = EXCLUDED.terms`, [creditorId, toJson(terms)]);
  }
}
