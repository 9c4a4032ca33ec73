import type { EntityManager } from 'typeorm';
import { RegisterStore, type DebtorLookup, type EntryToWrite, type StoredRegisterEntry } from '../../application/ports/register-store.port';
import { foldName } from '../../domain/matching';
import { entryIdentifierKey } from '../../domain/matching/entry-assessment';
import type { RegisterKind } from '../../domain/registers/register-entry';
import { ENTRY_COLUMNS, toStoredEntry, type EntryDetails, type EntryRow } from './register-entry.rows';

/** Candidates per block: a birth date or a postcode shared by more register entries than this is not a block. */
const BLOCK_LIMIT = 200;

const compact = (value: string | undefined) => (value ? value.toUpperCase().replace(/[^A-Z0-9]/g, '') : null);

/** Registers in the screening database, through the caller's transaction. */
export class SqlRegisterStore extends RegisterStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async declare(source: string, kind: RegisterKind): Promise<RegisterKind> {
    const rows: Array<{ kind: RegisterKind }> = await this.manager.query(
      `WITH created AS (INSERT INTO registers (source, kind) VALUES ($1, $2) ON CONFLICT (source) DO NOTHING RETURNING kind)
       SELECT kind FROM created UNION ALL SELECT kind FROM registers WHERE source = $1`,
      [source, kind],
    );
    return rows[0]!.kind;
  }

  async lock(source: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('register:' || $1))`, [source]);
  }

  async existing(source: string, entryIds: string[]): Promise<Map<string, string>> {
    if (entryIds.length === 0) return new Map();
    const rows: Array<{ entry_id: string; content_hash: string }> = await this.manager.query(
      `SELECT entry_id, content_hash FROM register_entries WHERE source = $1 AND entry_id = ANY($2::text[])`,
      [source, entryIds],
    );
    return new Map(rows.map((row) => [row.entry_id, row.content_hash]));
  }

  async upsert(source: string, writes: EntryToWrite[]): Promise<void> {
    const columns = {
      entryId: [] as string[], kind: [] as string[], country: [] as string[], key: [] as Array<string | null>, name: [] as string[],
      birth: [] as Array<string | null>, postcode: [] as Array<string | null>, situation: [] as Array<string | null>, status: [] as Array<string | null>,
      from: [] as Array<string | null>, to: [] as Array<string | null>, heirs: [] as Array<boolean | null>, details: [] as string[], hash: [] as string[], importId: [] as string[],
    };
    for (const { entry, contentHash, provenance } of writes) {
      const { subject } = entry;
      const details: EntryDetails = { subject, legalForm: entry.legalForm, reference: entry.reference, contact: entry.contact, provenance };
      columns.entryId.push(entry.entryId);
      columns.kind.push(subject.kind);
      columns.country.push(subject.country.toUpperCase());
      columns.key.push(entryIdentifierKey(subject) ?? null);
      columns.name.push(subject.kind === 'company' ? foldName(subject.legalName) : foldName(subject.givenNames, subject.familyName));
      columns.birth.push(subject.birthDate ?? null);
      columns.postcode.push(compact(subject.postalCode));
      columns.situation.push(entry.situation ?? null);
      columns.status.push(entry.status ?? null);
      columns.from.push(entry.effectiveFrom ?? null);
      columns.to.push(entry.effectiveTo ?? null);
      columns.heirs.push(entry.heirsKnown ?? null);
      columns.details.push(JSON.stringify(details));
      columns.hash.push(contentHash);
      columns.importId.push(provenance.importId);
    }
    await this.manager.query(
      `INSERT INTO register_entries (source, entry_id, subject_kind, country, identifier_key, name_folded, birth_date, postal_code, situation, status,
         effective_from, effective_to, heirs_known, details, content_hash, import_id)
       SELECT $1, t.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::text[], $10::text[],
         $11::date[], $12::date[], $13::boolean[], $14::jsonb[], $15::text[], $16::uuid[]) AS t
       ON CONFLICT (source, entry_id) DO UPDATE SET subject_kind = EXCLUDED.subject_kind, country = EXCLUDED.country, identifier_key = EXCLUDED.identifier_key,
         name_folded = EXCLUDED.name_folded, birth_date = EXCLUDED.birth_date, postal_code = EXCLUDED.postal_code, situation = EXCLUDED.situation,
         status = EXCLUDED.status, effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to, heirs_known = EXCLUDED.heirs_known,
         details = EXCLUDED.details, content_hash = EXCLUDED.content_hash, import_id = EXCLUDED.import_id, updated_at = now()`,
      [source, columns.entryId, columns.kind, columns.country, columns.key, columns.name, columns.birth, columns.postcode, columns.situation, columns.status,
        columns.from, columns.to, columns.heirs, columns.details, columns.hash, columns.importId],
    );
    await this.manager.query(`UPDATE registers SET updated_at = now() WHERE source = $1`, [source]);
  }

  async remove(source: string, entryIds: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM register_entries WHERE source = $1 AND entry_id = ANY($2::text[])`, [source, entryIds]);
    await this.manager.query(`UPDATE registers SET updated_at = now() WHERE source = $1`, [source]);
  }

  async candidatesFor(debtor: DebtorLookup): Promise<StoredRegisterEntry[]> {
    const rows: EntryRow[] = await this.manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM register_entries e JOIN registers r USING (source)
       WHERE (e.source, e.entry_id) IN (
         SELECT source, entry_id FROM register_entries WHERE identifier_key = ANY($1::text[])
         UNION (SELECT source, entry_id FROM register_entries WHERE $4::date IS NOT NULL AND country = $2 AND birth_date = $4::date AND subject_kind = $3 LIMIT ${BLOCK_LIMIT})
         UNION (SELECT source, entry_id FROM register_entries WHERE country = $2 AND postal_code = ANY($5::text[]) AND subject_kind = $3 AND name_folded % $6 LIMIT ${BLOCK_LIMIT}))`,
      [debtor.exactKeys, debtor.country, debtor.kind, debtor.birthDate ?? null, debtor.postalCodes, debtor.nameFolded],
    );
    return rows.map(toStoredEntry);
  }

  async entries(source: string, entryIds: string[]): Promise<StoredRegisterEntry[]> {
    const rows: EntryRow[] = await this.manager.query(
      `SELECT ${ENTRY_COLUMNS} FROM register_entries e JOIN registers r USING (source) WHERE e.source = $1 AND e.entry_id = ANY($2::text[])`,
      [source, entryIds],
    );
    return rows.map(toStoredEntry);
  }

  async summaries(): Promise<Array<{ source: string; kind: RegisterKind; entries: number; updatedAt: Date }>> {
    const rows: Array<{ source: string; kind: RegisterKind; entries: string; updated_at: Date }> = await this.manager.query(
      `SELECT r.source, r.kind, r.updated_at, (SELECT count(*) FROM register_entries e WHERE e.source = r.source) AS entries FROM registers r ORDER BY r.source`,
    );
    return rows.map((row) => ({ source: row.source, kind: row.kind, entries: Number(row.entries), updatedAt: row.updated_at }));
  }
}
