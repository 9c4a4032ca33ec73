import type { EntityManager } from 'typeorm';
import { CaseFactsStore, DocumentStore, SuppressionStore, type CaseFacts, type CreditorIdentity } from '../../application/ports/delivery.ports';

/** Suppressed recipients and cases. */
export class SqlSuppressionStore extends SuppressionStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async reasonFor(key: string): Promise<string | undefined> {
    const rows: Array<{ reason: string }> = await this.manager.query(`SELECT reason FROM suppressions WHERE key = $1`, [key]);
    return rows[0]?.reason;
  }

  async suppress(key: string, reason: string): Promise<void> {
    await this.manager.query(`INSERT INTO suppressions (key, reason) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [key, reason]);
  }

  async caseReason(caseId: string): Promise<string | undefined> {
    const rows: Array<{ reason: string }> = await this.manager.query(`SELECT reason FROM case_suppressions WHERE case_id = $1 ORDER BY created_at LIMIT 1`, [caseId]);
    return rows[0]?.reason;
  }

  async suppressCase(caseId: string, causeId: string, reason: string): Promise<void> {
    await this.manager.query(`INSERT INTO case_suppressions (case_id, cause_id, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [caseId, causeId, reason]);
  }

  async liftCase(caseId: string, causeId: string): Promise<void> {
    await this.manager.query(`DELETE FROM case_suppressions WHERE case_id = $1 AND cause_id = $2`, [caseId, causeId]);
  }
}

/** Case facts kept from CaseOpened. */
export class SqlCaseFactsStore extends CaseFactsStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async save(caseId: string, facts: CaseFacts): Promise<void> {
    await this.manager.query(`INSERT INTO case_facts (case_id, facts) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING`, [caseId, JSON.stringify(facts)]);
  }

  async find(caseIds: string[]): Promise<Map<string, CaseFacts>> {
    if (caseIds.length === 0) return new Map();
    const rows: Array<{ case_id: string; facts: CaseFacts }> = await this.manager.query(`SELECT case_id, facts FROM case_facts WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    return new Map(rows.map((row) => [row.case_id, row.facts]));
  }

  async saveCreditor(creditorId: string, identity: CreditorIdentity): Promise<void> {
    await this.manager.query(
      `INSERT INTO creditor_identities (creditor_id, identity) VALUES ($1, $2) ON CONFLICT (creditor_id) DO UPDATE SET identity = EXCLUDED.identity, updated_at = now()`,
      [creditorId, JSON.stringify(identity)],
    );
  }

  async creditors(creditorIds: string[]): Promise<Map<string, CreditorIdentity>> {
    if (creditorIds.length === 0) return new Map();
    const rows: Array<{ creditor_id: string; identity: CreditorIdentity }> = await this.manager.query(`SELECT creditor_id, identity FROM creditor_identities WHERE creditor_id = ANY($1::uuid[])`, [creditorIds]);
    return new Map(rows.map((row) => [row.creditor_id, row.identity]));
  }
}

/** Rendered documents (letters as PDF). */
export class SqlDocumentStore extends DocumentStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async save(document: { id: string; caseId: string; mediaType: string; content: Buffer }): Promise<void> {
    await this.manager.query(`INSERT INTO documents (id, case_id, media_type, content) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, [document.id, document.caseId, document.mediaType, document.content]);
  }

  async find(id: string): Promise<{ caseId: string; mediaType: string; content: Buffer } | undefined> {
    const rows: Array<{ case_id: string; media_type: string; content: Buffer }> = await this.manager.query(`SELECT case_id, media_type, content FROM documents WHERE id = $1`, [id]);
    return rows[0] ? { caseId: rows[0].case_id, mediaType: rows[0].media_type, content: rows[0].content } : undefined;
  }
}
