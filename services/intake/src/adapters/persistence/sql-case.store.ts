import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { Case, type CaseProps, type CaseState, type SubmissionRoute } from '../../domain/case/case.aggregate';
import { CaseStore, type KnownCase } from '../../application/ports/intake-transaction.port';
import type { CaseFile } from '../../domain/case-file/case-file';
import { toOutgoingEvents } from '../messaging/case-events.mapper';
import { caseFileFromJson, caseFileToJson, type StoredCaseFile } from './case-file.json-mapper';
import { decisionChanges } from './decision-changes.sql';

interface CaseRow {
  id: string;
  creditor_id: string;
  fingerprint: string;
  case_file: StoredCaseFile;
  consultant_id: string | null;
  state: CaseState;
  route: SubmissionRoute;
  case_import_id: string | null;
  claim_id: string | null;
  opened_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

const COLUMNS = 'id, creditor_id, fingerprint, case_file, consultant_id, state, route, case_import_id, claim_id, opened_at, withdrawn_at, withdrawal_reason';

/** Cases in the intake database, through the caller's transaction; events go to the outbox in it. */
export class SqlCaseStore extends CaseStore {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async findByReferences(creditorId: string, references: string[]): Promise<KnownCase[]> {
    if (references.length === 0) return [];
    const rows: Array<{ id: string; creditor_reference: string; fingerprint: string; consultant_id: string | null }> = await this.manager.query(
      // One unique-index probe per reference: `= ANY(...)` let the planner scan all of the creditor's
      // cases when statistics were stale, which made a million-row import quadratic.
      `SELECT c.id, c.creditor_reference, c.fingerprint, c.consultant_id
       FROM unnest($2::text[]) AS r(reference) JOIN cases c ON c.creditor_id = $1 AND c.creditor_reference = r.reference`,
      [creditorId, references],
    );
    return rows.map((row) => ({ id: row.id, creditorReference: row.creditor_reference, fingerprint: row.fingerprint, consultantId: row.consultant_id }));
  }

  async caseFileOf(caseId: string): Promise<CaseFile> {
    const [row]: Array<{ case_file: StoredCaseFile }> = await this.manager.query(`SELECT case_file FROM cases WHERE id = $1`, [caseId]);
    return caseFileFromJson(row.case_file);
  }

  async findForUpdate(creditorId: string, caseId: string): Promise<Case | undefined> {
    const rows: CaseRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM cases WHERE id = $1 AND creditor_id = $2 FOR UPDATE`, [caseId, creditorId]);
    return rows.length ? toCase(rows[0]) : undefined;
  }

  async insertNew(cases: Case[]): Promise<Set<string>> {
    if (cases.length === 0) return new Set();
    const props = cases.map((c) => c.props);
    // One statement for the whole batch: a bulk import inserts hundreds of cases per round trip.
    const inserted: Array<{ id: string }> = await this.manager.query(
      `INSERT INTO cases (id, creditor_id, creditor_reference, fingerprint, case_file, category, currency, debtor_country, debtor_language,
                          consultant_id, state, route, case_import_id, claim_id, opened_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::text[], $9::text[],
                            $10::uuid[], $11::text[], $12::text[], $13::uuid[], $14::text[], $15::timestamptz[])
       ON CONFLICT ON CONSTRAINT uq_cases__creditor_id__creditor_reference DO NOTHING
       RETURNING id`,
      [
        props.map((p) => p.id),
        props.map((p) => p.creditorId),
        props.map((p) => p.caseFile.creditorReference),
        props.map((p) => p.fingerprint),
        props.map((p) => JSON.stringify(caseFileToJson(p.caseFile))),
        props.map((p) => p.caseFile.category),
        props.map((p) => p.caseFile.currency),
        props.map((p) => p.caseFile.debtor.country),
        props.map((p) => p.caseFile.debtor.language),
        props.map((p) => p.consultantId),
        props.map((p) => p.state),
        props.map((p) => p.origin.route),
        props.map((p) => p.origin.caseImportId ?? null),
        props.map((p) => p.origin.claimId ?? null),
        props.map((p) => p.openedAt.toISOString()),
      ],
    );
    const ids = new Set(inserted.map((row) => row.id));
    const events = cases.flatMap((c) => {
      const recorded = c.pullEvents();
      return ids.has(c.props.id) ? toOutgoingEvents(c, recorded) : [];
    });
    // The ids were generated for these cases: nothing else can be writing events for them yet.
    await this.outbox.append(this.manager, events, { newKeys: true });
    return ids;
  }

  async update(changed: Case): Promise<void> {
    const p = changed.props;
    await this.manager.query(
      `UPDATE cases SET state = $2, consultant_id = $3, withdrawn_at = $4, withdrawal_reason = $5, updated_at = now(), version = version + 1 WHERE id = $1`,
      [p.id, p.state, p.consultantId, p.withdrawnAt?.toISOString() ?? null, p.withdrawalReason],
    );
    // A withdrawn case's decisions will never be answered: the live stream says they are closed.
    if (p.state === 'withdrawn') await decisionChanges.closed(this.manager, p.id);
    await this.outbox.append(this.manager, toOutgoingEvents(changed, changed.pullEvents()));
  }
}

function toCase(row: CaseRow): Case {
  const props: CaseProps = {
    id: row.id,
    creditorId: row.creditor_id,
    caseFile: caseFileFromJson(row.case_file),
    fingerprint: row.fingerprint,
    consultantId: row.consultant_id,
    origin: { route: row.route, caseImportId: row.case_import_id ?? undefined, claimId: row.claim_id ?? undefined },
    state: row.state,
    openedAt: row.opened_at,
    withdrawnAt: row.withdrawn_at,
    withdrawalReason: row.withdrawal_reason,
  };
  return Case.restore(props);
}
