import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimelineEntry, TimelineRole } from '../../domain/timeline/timeline-entry';

/** What an entry changes in the case's figures. */
export interface ProgressChange {
  balanceMinor?: bigint;
  collectedMinor?: bigint;
  remittedMinor?: bigint;
  outcome?: 'PAID_IN_FULL' | 'CLOSED';
}

type EntryRow = { id: string; event_id: string; event_type: string; kind: string; role: TimelineRole; occurred_at: Date; details: Record<string, unknown> };

/** timeline_entries: written by the projector, read page by page for the creditor. */
@Injectable()
export class SqlTimelineStore {
  constructor(private readonly dataSource: DataSource) {}

  within(manager: EntityManager) {
    return {
      /** Only for a case intake holds; an event seen before (same event id) adds nothing. */
      add: async (entry: TimelineEntry, progress: ProgressChange = {}): Promise<boolean> => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO timeline_entries (case_id, event_id, event_type, kind, role, occurred_at, details)
           SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM cases WHERE id = $1)
           ON CONFLICT (event_id, case_id) DO NOTHING RETURNING id`,
          [entry.caseId, entry.eventId, entry.eventType, entry.kind, entry.role, entry.occurredAt, JSON.stringify(entry.details)],
        );
        if (inserted.length === 0) return false;
        // One delivery per subscription of the case's creditor that wants this kind of entry.
        await manager.query(
          `INSERT INTO webhook_deliveries (id, subscription_id, creditor_id, event_id, payload, next_attempt_at)
           SELECT gen_random_uuid(), s.id, s.creditor_id, $2, jsonb_build_object('eventId', $2::text, 'caseId', c.id, 'creditorReference', c.creditor_reference, 'kind', $3::text,
                  'at', $4::timestamptz, 'by', $5::text, 'eventType', $6::text, 'details', $7::jsonb), now()
             FROM webhook_subscriptions s JOIN cases c ON c.creditor_id = s.creditor_id
            WHERE c.id = $1 AND s.active AND ($3 = ANY(s.kinds) OR '*' = ANY(s.kinds))
           ON CONFLICT (subscription_id, event_id) DO NOTHING`,
          [entry.caseId, entry.eventId, entry.kind, entry.occurredAt, entry.role, entry.eventType, JSON.stringify(entry.details)],
        );
        // Only a first delivery moves the figures; the latest activity is the one that happened last.
        await manager.query(
          `INSERT INTO case_progress (case_id, balance_minor, collected_minor, remitted_minor, last_activity, last_activity_at, outcome, paid_in_full_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (case_id) DO UPDATE SET
             balance_minor = COALESCE(EXCLUDED.balance_minor, case_progress.balance_minor),
             collected_minor = case_progress.collected_minor + EXCLUDED.collected_minor,
             remitted_minor = case_progress.remitted_minor + EXCLUDED.remitted_minor,
             last_activity = CASE WHEN case_progress.last_activity_at IS NULL OR EXCLUDED.last_activity_at >= case_progress.last_activity_at THEN EXCLUDED.last_activity ELSE case_progress.last_activity END,
             last_activity_at = GREATEST(case_progress.last_activity_at, EXCLUDED.last_activity_at),
             outcome = COALESCE(EXCLUDED.outcome, case_progress.outcome),
             paid_in_full_at = COALESCE(EXCLUDED.paid_in_full_at, case_progress.paid_in_full_at)`,
          [
            entry.caseId, progress.balanceMinor?.toString() ?? null, (progress.collectedMinor ?? 0n).toString(), (progress.remittedMinor ?? 0n).toString(), entry.kind, entry.occurredAt,
            progress.outcome ?? null, progress.outcome === 'PAID_IN_FULL' ? entry.occurredAt : null,
          ],
        );
        return true;
      },
    };
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
  async pendingDecisions(creditorId: string): Promise<Array<{ caseId: string; creditorReference: string; kind: string; askedAt: Date; requestId: string; answerBy: string | null; details: Record<string, unknown> }>> {
    const rows: Array<{ case_id: string; creditor_reference: string; kind: string; occurred_at: Date; request_id: string; answer_by: string | null; details: Record<string, unknown> }> = await this.dataSource.query(
      `SELECT t.case_id, c.creditor_reference, t.kind, t.occurred_at, t.details, COALESCE(t.details ->> 'requestId', t.details ->> 'recommendationId') AS request_id, t.details ->> 'answerBy' AS answer_by
         FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE c.creditor_id = $1 AND c.state = 'open' AND t.kind = ANY($2::text[])
          AND NOT EXISTS (SELECT 1 FROM creditor_instructions i WHERE i.case_id = t.case_id AND i.in_reply_to = COALESCE(t.details ->> 'requestId', t.details ->> 'recommendationId'))
        ORDER BY COALESCE(t.details ->> 'answerBy', '9999-12-31'), t.occurred_at`,
      [creditorId, DECISION_KINDS],
    );
    return rows.map((row) => ({ caseId: row.case_id, creditorReference: row.creditor_reference, kind: row.kind, askedAt: row.occurred_at, requestId: row.request_id, answerBy: row.answer_by, details: row.details }));
  }

  /** Entries recorded after `afterId` on any of the creditor's cases, in the order they were recorded (the live stream). */
  async recordedAfter(creditorId: string, afterId: string, limit: number): Promise<Array<{ id: string; caseId: string; kind: string; role: TimelineRole; occurredAt: Date; eventId: string; eventType: string; details: Record<string, unknown> }>> {
    const rows: Array<EntryRow & { case_id: string }> = await this.dataSource.query(
      `SELECT t.id, t.case_id, t.event_id, t.event_type, t.kind, t.role, t.occurred_at, t.details FROM timeline_entries t JOIN cases c ON c.id = t.case_id
        WHERE c.creditor_id = $1 AND t.id > $2 ORDER BY t.id LIMIT $3`,
      [creditorId, afterId, limit],
    );
    return rows.map((row) => ({ id: row.id, caseId: row.case_id, kind: row.kind, role: row.role, occurredAt: row.occurred_at, eventId: row.event_id, eventType: row.event_type, details: row.details }));
  }

  /** Where a new live stream starts: after everything recorded so far. */
  async lastId(): Promise<string> {
    const rows: Array<{ id: string | null }> = await this.dataSource.query(`SELECT max(id)::text AS id FROM timeline_entries`);
    return rows[0]?.id ?? '0';
  }
}

/** Timeline entries that ask the creditor to decide something. */
const DECISION_KINDS = ['APPROVAL_REQUESTED', 'LEGAL_ACTION_RECOMMENDED', 'CLOSURE_RECOMMENDED', 'INFORMATION_REQUESTED'];
