import type { EntityManager } from 'typeorm';

/** Timeline entries that ask the creditor to decide something. */
export const DECISION_KINDS = ['APPROVAL_REQUESTED', 'LEGAL_ACTION_RECOMMENDED', 'CLOSURE_RECOMMENDED', 'INFORMATION_REQUESTED'];

/** The id a decision entry names: a request's, or a recommendation's. */
export const REQUEST_ID_SQL = (entry: string) => `COALESCE(${entry}.details ->> 'requestId', ${entry}.details ->> 'recommendationId')`;

/**
 * Writes to decision_changes (see its migration), each in the caller's transaction, so the live stream
 * tells a decision opened, answered or closed exactly when the change is committed.
 */
export const decisionChanges = {
  /** The decisions among these new timeline entries, unless their case is closed to them or they were answered already. */
  async opened(manager: EntityManager, entryIds: readonly string[]): Promise<void> {
    if (entryIds.length === 0) return;
    await manager.query(
      `INSERT INTO decision_changes (creditor_id, case_id, request_id, kind, change)
       SELECT c.creditor_id, t.case_id, ${REQUEST_ID_SQL('t')}, t.kind, 'opened'
         FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE t.id = ANY($1::bigint[]) AND t.kind = ANY($2::text[]) AND c.state = 'open' AND ${REQUEST_ID_SQL('t')} IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM creditor_instructions i WHERE i.case_id = t.case_id AND i.in_reply_to = ${REQUEST_ID_SQL('t')})
        ORDER BY t.id
       ON CONFLICT (case_id, request_id, change) DO NOTHING`,
      [entryIds, DECISION_KINDS],
    );
  },

  /** An instruction in reply to one of the case's decisions answers it (the first answer counts). */
  async answered(manager: EntityManager, caseId: string, inReplyTo: string, answer: string): Promise<void> {
    await manager.query(
      `INSERT INTO decision_changes (creditor_id, case_id, request_id, kind, change, answer)
       SELECT c.creditor_id, t.case_id, ${REQUEST_ID_SQL('t')}, t.kind, 'answered', $3
         FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE t.case_id = $1 AND t.kind = ANY($4::text[]) AND ${REQUEST_ID_SQL('t')} = $2
        LIMIT 1
       ON CONFLICT (case_id, request_id, change) DO NOTHING`,
      [caseId, inReplyTo, answer, DECISION_KINDS],
    );
  },

  /** Every decision of the case still waiting for an answer closes (the case was withdrawn). */
  async closed(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(
      `INSERT INTO decision_changes (creditor_id, case_id, request_id, kind, change)
       SELECT DISTINCT ON (${REQUEST_ID_SQL('t')}) c.creditor_id, t.case_id, ${REQUEST_ID_SQL('t')}, t.kind, 'closed'
         FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE t.case_id = $1 AND t.kind = ANY($2::text[]) AND ${REQUEST_ID_SQL('t')} IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM creditor_instructions i WHERE i.case_id = t.case_id AND i.in_reply_to = ${REQUEST_ID_SQL('t')})
       ON CONFLICT (case_id, request_id, change) DO NOTHING`,
      [caseId, DECISION_KINDS],
    );
  },
};
