import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimelineEntry, TimelineRole } from '../../domain/timeline/timeline-entry';
import { DECISION_KINDS, REQUEST_ID_SQL, decisionChanges } from './decision-changes.sql';

/** A file an entry offers for download, and where it is in the object store. */
export interface TimelineDocument {
  documentId: string;
  objectKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** What the agency will do next on a case: a dunning step kind (LETTER, CALL, FORMAL_NOTICE…) due at a time, or PAUSED. */
export interface NextAction {
  kind: string;
  stepId: string | null;
  dueAt: Date | null;
}

/** What an entry changes in the case's figures. */
export interface ProgressChange {
  balanceMinor?: bigint;
  collectedMinor?: bigint;
  remittedMinor?: bigint;
  outcome?: 'PAID_IN_FULL' | 'CLOSED';
}

type EntryRow = { id: string; event_id: string; event_type: string; kind: string; role: TimelineRole; occurred_at: Date; details: Record<string, unknown> };

/** One case's figures changed by a batch of new entries, summed and ordered as the per-entry updates would have been. */
interface ProgressRow {
  caseId: string;
  balanceMinor?: bigint;
  collectedMinor: bigint;
  remittedMinor: bigint;
  lastActivity: string;
  lastActivityAt: Date;
  outcome?: string;
  paidInFullAt?: Date;
}

/**
 * A statement's upsert may touch a row only once, so a batch's entries are folded per case first:
 * amounts add up, the last balance and outcome told win (as they would one entry at a time), and the
 * latest activity is the one that happened last.
 */
export function progressByCase(entries: ReadonlyArray<Pick<TimelineEntry, 'caseId' | 'kind' | 'occurredAt'> & { progress?: ProgressChange }>): ProgressRow[] {
  const rows = new Map<string, ProgressRow>();
  for (const entry of entries) {
    const change = entry.progress ?? {};
    const row = rows.get(entry.caseId) ?? { caseId: entry.caseId, collectedMinor: 0n, remittedMinor: 0n, lastActivity: entry.kind, lastActivityAt: entry.occurredAt };
    if (change.balanceMinor !== undefined) row.balanceMinor = change.balanceMinor;
    row.collectedMinor += change.collectedMinor ?? 0n;
    row.remittedMinor += change.remittedMinor ?? 0n;
    if (entry.occurredAt >= row.lastActivityAt) {
      row.lastActivity = entry.kind;
      row.lastActivityAt = entry.occurredAt;
    }
    // Paid in full is the last word on a case: the closure dunning announces after it does not undo it.
    if (change.outcome && row.outcome !== 'PAID_IN_FULL') row.outcome = change.outcome;
    if (change.outcome === 'PAID_IN_FULL') row.paidInFullAt = entry.occurredAt;
    rows.set(entry.caseId, row);
  }
  return [...rows.values()];
}

/** timeline_entries: written by the projector, read page by page for the creditor. */
@Injectable()
export class SqlTimelineStore {
  constructor(private readonly dataSource: DataSource) {}

  within(manager: EntityManager) {
    const addAll = async (given: ReadonlyArray<TimelineEntry & { progress?: ProgressChange; documents?: TimelineDocument[] }>): Promise<number> => {
      // The same event twice in one batch counts once, as it would one event at a time.
      const seen = new Set<string>();
      const entries = given.filter((e) => !seen.has(`${e.eventId}\u0000${e.caseId}`) && seen.add(`${e.eventId}\u0000${e.caseId}`));
      if (entries.length === 0) return 0;
      // Only for cases intake holds; an event seen before (same event id and case) adds nothing.
      const inserted: Array<{ id: string; event_id: string; case_id: string }> = await manager.query(
        `INSERT INTO timeline_entries (case_id, event_id, event_type, kind, role, occurred_at, details)
         SELECT i.case_id, i.event_id, i.event_type, i.kind, i.role, i.occurred_at, i.details
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::jsonb[]) AS i(case_id, event_id, event_type, kind, role, occurred_at, details)
          WHERE EXISTS (SELECT 1 FROM cases c WHERE c.id = i.case_id)
         ON CONFLICT (event_id, case_id) DO NOTHING RETURNING id, event_id, case_id`,
        [
          entries.map((e) => e.caseId), entries.map((e) => e.eventId), entries.map((e) => e.eventType), entries.map((e) => e.kind), entries.map((e) => e.role),
          entries.map((e) => e.occurredAt), entries.map((e) => JSON.stringify(e.details)),
        ],
      );
      if (inserted.length === 0) return 0;
      await decisionChanges.opened(manager, inserted.map((row) => row.id));
      const fresh = new Set(inserted.map((row) => `${row.event_id}\u0000${row.case_id}`));
      const added = entries.filter((e) => fresh.has(`${e.eventId}\u0000${e.caseId}`));
      const documents = added.flatMap((e) => (e.documents ?? []).map((d) => ({ ...d, caseId: e.caseId })));
      if (documents.length > 0) {
        await manager.query(
          `INSERT INTO timeline_documents (document_id, case_id, object_key, file_name, content_type, size_bytes)
           SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::bigint[]) ON CONFLICT DO NOTHING`,
          [documents.map((d) => d.documentId), documents.map((d) => d.caseId), documents.map((d) => d.objectKey), documents.map((d) => d.fileName), documents.map((d) => d.contentType), documents.map((d) => d.sizeBytes)],
        );
      }
      // One delivery per subscription of the case's creditor that wants this kind of entry.
      await manager.query(
        `INSERT INTO webhook_deliveries (id, subscription_id, creditor_id, event_id, payload, next_attempt_at)
         SELECT gen_random_uuid(), s.id, s.creditor_id, t.event_id, jsonb_build_object('eventId', t.event_id, 'caseId', c.id, 'creditorReference', c.creditor_reference, 'kind', t.kind,
                'at', t.occurred_at, 'by', t.role, 'eventType', t.event_type, 'details', t.details), now()
           FROM timeline_entries t JOIN cases c ON c.id = t.case_id
           JOIN webhook_subscriptions s ON s.creditor_id = c.creditor_id AND s.active AND (t.kind = ANY(s.kinds) OR '*' = ANY(s.kinds))
          WHERE t.id = ANY($1::bigint[])
         ON CONFLICT (subscription_id, event_id) DO NOTHING`,
        [inserted.map((row) => row.id)],
      );
      const changes = progressByCase(added);
      // Only a first delivery moves the figures; the latest activity is the one that happened last.
      await manager.query(
        `INSERT INTO case_progress (case_id, balance_minor, collected_minor, remitted_minor, last_activity, last_activity_at, outcome, paid_in_full_at)
         SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::timestamptz[], $7::text[], $8::timestamptz[])
         ON CONFLICT (case_id) DO UPDATE SET
           balance_minor = COALESCE(EXCLUDED.balance_minor, case_progress.balance_minor),
           collected_minor = case_progress.collected_minor + EXCLUDED.collected_minor,
           remitted_minor = case_progress.remitted_minor + EXCLUDED.remitted_minor,
           last_activity = CASE WHEN case_progress.last_activity_at IS NULL OR EXCLUDED.last_activity_at >= case_progress.last_activity_at THEN EXCLUDED.last_activity ELSE case_progress.last_activity END,
           last_activity_at = GREATEST(case_progress.last_activity_at, EXCLUDED.last_activity_at),
           outcome = CASE WHEN case_progress.outcome = 'PAID_IN_FULL' THEN case_progress.outcome ELSE COALESCE(EXCLUDED.outcome, case_progress.outcome) END,
           paid_in_full_at = COALESCE(EXCLUDED.paid_in_full_at, case_progress.paid_in_full_at)`,
        [
          changes.map((c) => c.caseId), changes.map((c) => c.balanceMinor?.toString() ?? null), changes.map((c) => c.collectedMinor.toString()), changes.map((c) => c.remittedMinor.toString()),
          changes.map((c) => c.lastActivity), changes.map((c) => c.lastActivityAt), changes.map((c) => c.outcome ?? null), changes.map((c) => c.paidInFullAt ?? null),
        ],
      );
      return inserted.length;
    };
    return {
      addAll,
      /** The next action of each case, the last one told winning; null clears it. Cases intake does not hold are skipped. */
      setNextActions: async (actions: ReadonlyMap<string, NextAction | null>): Promise<void> => {
        if (actions.size === 0) return;
        const rows = [...actions.entries()];
        await manager.query(
          `INSERT INTO case_progress (case_id, next_action, next_action_step, next_action_at)
           SELECT i.case_id, i.action, i.step, i.at FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS i(case_id, action, step, at)
            WHERE EXISTS (SELECT 1 FROM cases c WHERE c.id = i.case_id)
           ON CONFLICT (case_id) DO UPDATE SET next_action = EXCLUDED.next_action, next_action_step = EXCLUDED.next_action_step, next_action_at = EXCLUDED.next_action_at`,
          [rows.map(([caseId]) => caseId), rows.map(([, a]) => a?.kind ?? null), rows.map(([, a]) => a?.stepId ?? null), rows.map(([, a]) => a?.dueAt ?? null)],
        );
      },
      /** One entry; false when the case is unknown or the entry was recorded before. */
      add: async (entry: TimelineEntry, progress: ProgressChange = {}): Promise<boolean> => (await addAll([{ ...entry, progress }])) > 0,
    };
  }

  /** A file offered by one of this case's entries; undefined when the case has no such file. */
  async document(caseId: string, documentId: string): Promise<TimelineDocument | undefined> {
    const rows: Array<{ object_key: string; file_name: string; content_type: string; size_bytes: string }> = await this.dataSource.query(
      `SELECT object_key, file_name, content_type, size_bytes FROM timeline_documents WHERE case_id = $1 AND document_id = $2`,
      [caseId, documentId],
    );
    const row = rows[0];
    return row && { documentId, objectKey: row.object_key, fileName: row.file_name, contentType: row.content_type, sizeBytes: Number(row.size_bytes) };
  }

  /** Entries in the order things happened; `after` is the last entry's cursor of the previous page. */
  async page(caseId: string, limit: number, after?: { occurredAt: Date; id: string }): Promise<Array<Omit<TimelineEntry, 'caseId'> & { cursor: string }>> {
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT id, event_id, event_type, kind, role, occurred_at, details FROM timeline_entries
        WHERE case_id = $1 AND ($2::timestamptz IS NULL OR (occurred_at, id) > ($2::timestamptz, $3::bigint))
        ORDER BY occurred_at, id LIMIT $4`,
      [caseId, after?.occurredAt ?? null, after?.id ?? '0', limit],
    );
    return rows.map((row) => ({
      eventId: row.event_id, eventType: row.event_type, kind: row.kind, role: row.role, occurredAt: row.occurred_at, details: row.details,
      cursor: Buffer.from(`${row.occurred_at.toISOString()}|${row.id}`).toString('base64url'),
    }));
  }

  /**
   * The creditor's to-do list: approvals above the authority limit, legal action to consent to,
   * closures recommended (with the reason and what was done), information requested — each until the
   * creditor answers it (an instruction in reply to it), most urgent deadline first.
   */
  async pendingDecisions(creditorId: string): Promise<PendingDecision[]> {
    return this.decisions(creditorId);
  }

  /** These decisions of the creditor as the to-do list shows them, answered or not (what the live stream says of a decision opened). */
  async decisionsById(creditorId: string, requestIds: readonly string[]): Promise<PendingDecision[]> {
    return requestIds.length === 0 ? [] : this.decisions(creditorId, requestIds);
  }

  private async decisions(creditorId: string, requestIds?: readonly string[]): Promise<PendingDecision[]> {
    const rows: Array<{ case_id: string; creditor_reference: string; kind: string; occurred_at: Date; request_id: string; answer_by: string | null; currency: string; details: Record<string, unknown>; actions_taken: Record<string, number> | null }> = await this.dataSource.query(
      `SELECT t.case_id, c.creditor_reference, c.currency, t.kind, t.occurred_at, t.details, ${REQUEST_ID_SQL('t')} AS request_id, t.details ->> 'answerBy' AS answer_by,
              CASE WHEN t.kind IN ('CLOSURE_RECOMMENDED', 'LEGAL_ACTION_RECOMMENDED') THEN (
                SELECT jsonb_object_agg(a.kind, a.n) FROM (SELECT kind, count(*) AS n FROM timeline_entries WHERE case_id = t.case_id AND kind = ANY($3::text[]) GROUP BY kind) a
              ) END AS actions_taken
         FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE c.creditor_id = $1 AND t.kind = ANY($2::text[])
          AND CASE WHEN $4::text[] IS NULL
                THEN c.state = 'open' AND NOT EXISTS (SELECT 1 FROM creditor_instructions i WHERE i.case_id = t.case_id AND i.in_reply_to = ${REQUEST_ID_SQL('t')})
                ELSE ${REQUEST_ID_SQL('t')} = ANY($4::text[]) END
        ORDER BY COALESCE(t.details ->> 'answerBy', '9999-12-31'), t.occurred_at`,
      [creditorId, DECISION_KINDS, ACTION_KINDS, requestIds ?? null],
    );
    return rows.map((row) => ({
      caseId: row.case_id, creditorReference: row.creditor_reference, kind: row.kind, askedAt: row.occurred_at, requestId: row.request_id, answerBy: row.answer_by, currency: row.currency, details: row.details,
      // What the agency did before recommending: the creditor decides knowing it.
      ...(row.kind === 'CLOSURE_RECOMMENDED' || row.kind === 'LEGAL_ACTION_RECOMMENDED' ? { actionsTaken: row.actions_taken ?? {} } : {}),
    }));
  }

  /**
   * Decisions of the creditor opened, answered or closed after `after`, in (transaction, id) order, and only
   * from transactions older than every transaction still running: a change committed late cannot fall behind
   * a cursor a client already holds.
   */
  async decisionChangesAfter(creditorId: string, after: StreamCursor, limit: number): Promise<DecisionChange[]> {
    const rows: Array<{ id: string; tx: string; case_id: string; request_id: string; kind: string; change: DecisionChange['change']; answer: string | null }> = await this.dataSource.query(
      `SELECT id::text, tx::text, case_id, request_id, kind, change, answer FROM decision_changes
        WHERE creditor_id = $1 AND (tx, id) > ($2::xid8, $3::bigint) AND tx < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY tx, id LIMIT $4`,
      [creditorId, after.tx, after.id, limit],
    );
    return rows.map((row) => ({ cursor: { tx: row.tx, id: row.id }, caseId: row.case_id, requestId: row.request_id, kind: row.kind, change: row.change, answer: row.answer }));
  }

  /**
   * Where a new live stream starts, in entries and in decision changes alike: with the transactions still
   * running, after every one finished.
   */
  async streamStart(): Promise<StreamCursor> {
    const rows: Array<{ tx: string }> = await this.dataSource.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS tx`);
    return { tx: rows[0]!.tx, id: '0' };
  }

  /** The stream position just after one entry (a client of the timeline-only stream knew entries by id alone); undefined for an unknown or older entry. */
  async entryCursor(id: string): Promise<StreamCursor | undefined> {
    const rows: Array<{ tx: string | null }> = await this.dataSource.query(`SELECT tx::text AS tx FROM timeline_entries WHERE id = $1`, [id]);
    const tx = rows[0]?.tx;
    return tx ? { tx, id } : undefined;
  }

  /**
   * Entries recorded after `after` on any of the creditor's cases (the live stream), in (transaction, id) order and
   * only from transactions older than every one still running, as for decision changes.
   */
  async recordedAfter(creditorId: string, after: StreamCursor, limit: number): Promise<Array<{ cursor: StreamCursor; caseId: string; kind: string; role: TimelineRole; occurredAt: Date; eventId: string; eventType: string; details: Record<string, unknown> }>> {
    const rows: Array<EntryRow & { case_id: string; tx: string }> = await this.dataSource.query(
      `SELECT t.id::text, t.tx::text, t.case_id, t.event_id, t.event_type, t.kind, t.role, t.occurred_at, t.details FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE t.tx IS NOT NULL AND (t.tx, t.id) > ($2::xid8, $3::bigint) AND t.tx < pg_snapshot_xmin(pg_current_snapshot()) AND c.creditor_id = $1
        ORDER BY t.tx, t.id LIMIT $4`,
      [creditorId, after.tx, after.id, limit],
    );
    return rows.map((row) => ({ cursor: { tx: row.tx, id: row.id }, caseId: row.case_id, kind: row.kind, role: row.role, occurredAt: row.occurred_at, eventId: row.event_id, eventType: row.event_type, details: row.details }));
  }
}

/** The entries that count as collection work done on a case, summed for a recommendation. */
const ACTION_KINDS = ['LETTER_SENT', 'EMAIL_SENT', 'SMS_SENT', 'CALL', 'VISIT', 'ESCALATED', 'PLAN_AGREED', 'SETTLEMENT_AGREED', 'INSTALMENT_MISSED', 'PAYMENT_RECEIVED', 'DISPUTE_OPENED', 'INFORMATION_REQUESTED'];

/** A decision waiting for the creditor, as the to-do list shows it. */
export interface PendingDecision {
  caseId: string;
  creditorReference: string;
  kind: string;
  askedAt: Date;
  requestId: string;
  answerBy: string | null;
  currency: string;
  details: Record<string, unknown>;
  actionsTaken?: Record<string, number>;
}

/** A position in timeline_entries or decision_changes: the writing transaction's id, then the row's. */
export interface StreamCursor {
  tx: string;
  id: string;
}

/** A decision opened, answered (with the instruction kind) or closed unanswered (the case was withdrawn). */
export interface DecisionChange {
  cursor: StreamCursor;
  caseId: string;
  requestId: string;
  kind: string;
  change: 'opened' | 'answered' | 'closed';
  answer: string | null;
}
