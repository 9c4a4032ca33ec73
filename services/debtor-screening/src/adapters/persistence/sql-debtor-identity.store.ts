import type { EntityManager } from 'typeorm';
import { DebtorIdentityStore, type CaseRecord, type KnownDebtor } from '../../application/ports/debtor-identity.store.port';

/** Debtor identities in the screening database, through the consumer's transaction. */
export class SqlDebtorIdentityStore extends DebtorIdentityStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async lockKeys(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    // Sorted, so two transactions locking overlapping keys cannot deadlock.
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('debtor-key:' || k)) FROM unnest($1::text[]) AS k ORDER BY k`, [[...new Set(keys)].sort()]);
  }

  async findByKeys(keys: string[]): Promise<KnownDebtor[]> {
    const rows: Array<{ id: string; keys: string[] }> = await this.manager.query(
      `SELECT d.id, array_agg(k.key ORDER BY k.key) AS keys
       FROM debtor_identities d JOIN debtor_identity_keys k ON k.debtor_identity_id = d.id
       WHERE d.id IN (SELECT debtor_identity_id FROM debtor_identity_keys WHERE key = ANY($1::text[]))
       GROUP BY d.id, d.created_at ORDER BY d.created_at, d.id`,
      [keys],
    );
    return rows.map((row) => ({ debtorIdentityId: row.id, keys: row.keys }));
  }

  async create(debtors: Array<{ debtorIdentityId: string; kind: 'person' | 'company'; country: string }>): Promise<void> {
    await this.manager.query(`INSERT INTO debtor_identities (id, kind, country) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`, [
      debtors.map((debtor) => debtor.debtorIdentityId), debtors.map((debtor) => debtor.kind), debtors.map((debtor) => debtor.country),
    ]);
  }

  async attachKeys(keys: Array<{ debtorIdentityId: string; key: string }>): Promise<void> {
    await this.manager.query(
      `INSERT INTO debtor_identity_keys (key, debtor_identity_id) SELECT * FROM unnest($1::text[], $2::uuid[]) ON CONFLICT (key) DO NOTHING`,
      [keys.map((key) => key.key), keys.map((key) => key.debtorIdentityId)],
    );
  }

  async recordCases(records: CaseRecord[]): Promise<Set<string>> {
    const inserted: Array<{ case_id: string }> = await this.manager.query(
      `INSERT INTO screened_cases (case_id, creditor_id, debtor_identity_id, opened_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
      [records.map((record) => record.caseId), records.map((record) => record.creditorId), records.map((record) => record.debtorIdentityId), records.map((record) => record.openedAt.toISOString())],
    );
    return new Set(inserted.map((row) => row.case_id));
  }

  async closeCase(caseId: string, state: 'withdrawn'): Promise<void> {
    await this.manager.query(`UPDATE screened_cases SET state = $2, updated_at = now() WHERE case_id = $1`, [caseId, state]);
  }
}
