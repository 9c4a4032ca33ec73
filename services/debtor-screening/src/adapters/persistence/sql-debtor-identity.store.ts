import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DebtorIdentityStore, type KnownDebtor } from '../../application/ports/debtor-identity.store.port';

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

  async create(kind: 'person' | 'company', country: string): Promise<string> {
    const id = randomUUID();
    await this.manager.query(`INSERT INTO debtor_identities (id, kind, country) VALUES ($1, $2, $3)`, [id, kind, country]);
    return id;
  }

  async attachKeys(debtorIdentityId: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.manager.query(
      `INSERT INTO debtor_identity_keys (key, debtor_identity_id) SELECT k, $1 FROM unnest($2::text[]) AS k ON CONFLICT (key) DO NOTHING`,
      [debtorIdentityId, keys],
    );
  }

  async recordCase(record: { caseId: string; creditorId: string; debtorIdentityId: string; openedAt: Date }): Promise<boolean> {
    const inserted = await this.manager.query(
      `INSERT INTO screened_cases (case_id, creditor_id, debtor_identity_id, opened_at) VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
      [record.caseId, record.creditorId, record.debtorIdentityId, record.openedAt.toISOString()],
    );
    return inserted.length > 0;
  }

  async closeCase(caseId: string, state: 'withdrawn'): Promise<void> {
    await this.manager.query(`UPDATE screened_cases SET state = $2, updated_at = now() WHERE case_id = $1`, [caseId, state]);
  }
}
