import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseNotFoundError } from '../../domain/shared/intake-error';
import { outstandingMinor } from '../../domain/case-file/case-file';
import { caseFileFromJson, type StoredCaseFile } from './case-file.json-mapper';

/** A case as its creditor reads it. Amounts are integer minor units (safe integers: intake caps them). */
export interface CaseView {
  id: string;
  creditorReference: string;
  state: string;
  category: string;
  currency: string;
  claimedMinor: number;
  consultantId: string | null;
  /** The consultant's name, so the creditor knows who handles the case. */
  consultantName: string | null;
  needsManualAssignment: boolean;
  route: string;
  caseImportId: string | null;
  claimId: string | null;
  openedAt: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  /** Where the case stands, as the services' events tell it (null before any). */
  progress: {
    balanceMinor: number | null; collectedMinor: number; remittedMinor: number; lastActivity: string | null; lastActivityAt: string | null; outcome: string | null;
    /** What the agency does next: the next dunning step (LETTER, CALL, FORMAL_NOTICE…) and when it is due, or PAUSED. */
    nextAction: { kind: string; stepId: string | null; dueAt: string | null } | null;
  } | null;
  caseFile: unknown;
}

interface CaseViewRow {
  id: string;
  creditor_reference: string;
  state: string;
  category: string;
  currency: string;
  consultant_id: string | null;
  consultant_name: string | null;
  route: string;
  case_import_id: string | null;
  claim_id: string | null;
  opened_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
  case_file: StoredCaseFile;
  balance_minor: string | null;
  collected_minor: string | null;
  remitted_minor: string | null;
  last_activity: string | null;
  last_activity_at: Date | null;
  outcome: string | null;
  next_action: string | null;
  next_action_step: string | null;
  next_action_at: Date | null;
  has_progress: boolean;
}

const COLUMNS = `c.id, c.creditor_reference, c.state, c.category, c.currency, c.consultant_id, c.route, c.case_import_id, c.claim_id, c.opened_at, c.withdrawn_at, c.withdrawal_reason, c.case_file,
  p.balance_minor, p.collected_minor, p.remitted_minor, p.last_activity, p.last_activity_at, p.outcome, p.next_action, p.next_action_step, p.next_action_at, p.case_id IS NOT NULL AS has_progress, k.name AS consultant_name`;
const FROM = 'cases c LEFT JOIN case_progress p ON p.case_id = c.id LEFT JOIN consultants k ON k.id = c.consultant_id';

/** The read side of cases: plain SQL, always filtered by the creditor, so another creditor's case does not exist. */
@Injectable()
export class CaseQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(creditorId: string, caseId: string): Promise<CaseView> {
    const rows: CaseViewRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = $1 AND c.creditor_id = $2`, [caseId, creditorId]);
    if (rows.length === 0) throw new CaseNotFoundError(caseId);
    return toView(rows[0]);
  }

  /** Newest first, by keyset: a page stays stable while new cases arrive. */
  async list(creditorId: string, filter: { state?: string; outcome?: string; country?: string; creditorReference?: string; limit?: number; cursor?: string }) {
    const limit = filter.limit ?? 50;
    const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    const rows: CaseViewRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM}
       WHERE c.creditor_id = $1 AND ($2::text IS NULL OR c.state = $2) AND ($3::text IS NULL OR c.creditor_reference = $3)
         AND ($4::timestamptz IS NULL OR (c.opened_at, c.id) < ($4::timestamptz, $5::uuid))
         AND ($7::text IS NULL OR c.debtor_country = $7)
         AND ($8::text IS NULL OR ($8 = 'ACTIVE' AND p.outcome IS NULL AND c.state = 'open') OR p.outcome = $8)
       ORDER BY c.opened_at DESC, c.id DESC LIMIT $6`,
      [creditorId, filter.state ?? null, filter.creditorReference ?? null, after?.openedAt ?? null, after?.id ?? null, limit + 1, filter.country ?? null, filter.outcome ?? null],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toView), nextCursor: rows.length > limit && last ? encodeCursor(last.opened_at, last.id) : null };
  }
}

function toView(row: CaseViewRow): CaseView {
  const file = row.case_file;
  const claimed = outstandingMinor(caseFileFromJson(file));
  const numbers = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(numbers) : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key.endsWith('Minor') ? Number(inner) : numbers(inner)]))
      : value;
  return {
    id: row.id,
    creditorReference: row.creditor_reference,
    state: row.state,
    category: row.category,
    currency: row.currency,
    claimedMinor: Number(claimed),
    consultantId: row.consultant_id,
    consultantName: row.consultant_name,
    needsManualAssignment: row.consultant_id === null,
    route: row.route,
    caseImportId: row.case_import_id,
    claimId: row.claim_id,
    openedAt: row.opened_at.toISOString(),
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawalReason: row.withdrawal_reason,
    progress: row.has_progress
      ? {
          balanceMinor: row.balance_minor === null ? null : Number(row.balance_minor), collectedMinor: Number(row.collected_minor), remittedMinor: Number(row.remitted_minor),
          lastActivity: row.last_activity, lastActivityAt: row.last_activity_at?.toISOString() ?? null, outcome: row.outcome,
          nextAction: row.next_action ? { kind: row.next_action, stepId: row.next_action_step, dueAt: row.next_action_at?.toISOString() ?? null } : null,
        }
      : null,
    caseFile: numbers(file),
  };
}

function encodeCursor(openedAt: Date, id: string): string {
  return Buffer.from(`${openedAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { openedAt: string; id: string } | undefined {
  const [openedAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return openedAt && id && !Number.isNaN(Date.parse(openedAt)) && /^[0-9a-f-]{36}$/.test(id) ? { openedAt, id } : undefined;
}
