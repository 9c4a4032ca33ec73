import type { EntityManager } from 'typeorm';
import { RegisterStore, type DebtorLookup, type EntryToWrite, type PreparedUpsert, type StoredRegisterEntry } from '../../application/ports/register-store.port';
import { foldCompanyName, foldName } from '../../domain/matching';
import { entryIdentifierKey } from '../../domain/matching/entry-assessment';
import type { RegisterKind } from '../../domain/registers/register-entry';
import { ENTRY_COLUMNS, toStoredEntry, type EntryDetails, type EntryRow } from './register-entry.rows';

/** The batch as one JSON document: serialised natively, where per-column arrays cost as much again in escaping. */
interface PreparedRows extends PreparedUpsert {
  json: string;
}

/** Candidates per block: a birth date or a postcode shared by more register entries than this is not a block. */
const BLOCK_LIMIT = 200;
/**
 * pg_trgm similarity below which two names in the same postcode are not even scored: well under
 * what the domain's scoring sends to review (a dropped second surname is ~0.5 in trigrams).
 */
const NAME_SIMILARITY_FLOOR = 0.3;

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

  async relaxDurability(): Promise<void> {
    await this.manager.query(`SET LOCAL synchronous_commit = off`);
  }

  async lock(source: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('register:' || $1))`, [source]);
  }

  async existing(source: string, entryIds: string[]): Promise<Map<string, string>> {
    if (entryIds.length === 0) return new Map();
    // During a big first load the table grows faster than autovacuum analyses it: planned as tiny,
    // this lookup would scan the whole register for every batch. It is always an index lookup.
    await this.manager.query(`SET LOCAL enable_seqscan = off`);
    const rows: Array<{ entry_id: string; content_hash: string }> = await this.manager.query(
      `SELECT entry_id, content_hash FROM register_entries WHERE source = $1 AND entry_id = ANY($2::text[])`,
      [source, entryIds],
    );
    return new Map(rows.map((row) => [row.entry_id, row.content_hash]));
  }

  prepareUpsert(writes: EntryToWrite[]): PreparedRows {
    const rows = writes.map(({ entry, contentHash, provenance }) => {
      const { subject } = entry;
      const details: EntryDetails = { subject, legalForm: entry.legalForm, reference: entry.reference, contact: entry.contact, provenance };
      return {
        entry_id: entry.entryId,
        subject_kind: subject.kind,
        country: subject.country.toUpperCase(),
        identifier_key: entryIdentifierKey(subject) ?? null,
        name_folded: subject.kind === 'company' ? foldCompanyName(subject.legalName) : foldName(subject.givenNames, subject.familyName),
        birth_date: subject.birthDate ?? null,
        postal_code: compact(subject.postalCode),
        situation: entry.situation ?? null,
        status: entry.status ?? null,
        effective_from: entry.effectiveFrom ?? null,
        effective_to: entry.effectiveTo ?? null,
        heirs_known: entry.heirsKnown ?? null,
        details,
        content_hash: contentHash,
        import_id: provenance.importId,
      };
    });
    return { count: rows.length, json: JSON.stringify(rows) };
  }

  async upsert(source: string, prepared: PreparedUpsert): Promise<{ added: string[]; changed: string[] }> {
    if (prepared.count === 0) return { added: [], changed: [] };
    const result = await this.manager.query(
      `INSERT INTO register_entries (source, entry_id, subject_kind, country, identifier_key, name_folded, birth_date, postal_code, situation, status,
         effective_from, effective_to, heirs_known, details, content_hash, import_id)
       SELECT $1, t.* FROM jsonb_to_recordset($2::jsonb) AS t(entry_id text, subject_kind text, country char(2), identifier_key text, name_folded text, birth_date date,
         postal_code text, situation text, status text, effective_from date, effective_to date, heirs_known boolean, details jsonb, content_hash text, import_id uuid)
       ON CONFLICT (source, entry_id) DO UPDATE SET subject_kind = EXCLUDED.subject_kind, country = EXCLUDED.country, identifier_key = EXCLUDED.identifier_key,
         name_folded = EXCLUDED.name_folded, birth_date = EXCLUDED.birth_date, postal_code = EXCLUDED.postal_code, situation = EXCLUDED.situation,
         status = EXCLUDED.status, effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to, heirs_known = EXCLUDED.heirs_known,
         details = EXCLUDED.details, content_hash = EXCLUDED.content_hash, import_id = EXCLUDED.import_id, updated_at = now()
       WHERE register_entries.content_hash <> EXCLUDED.content_hash
       RETURNING entry_id, (xmax = 0) AS inserted`,
      [source, (prepared as PreparedRows).json],
    );
    // xmax is 0 for a row this statement inserted, the locking transaction's id for one it updated.
    const written: Array<{ entry_id: string; inserted: boolean }> = result;
    if (written.length > 0) await this.manager.query(`UPDATE registers SET updated_at = now() WHERE source = $1`, [source]);
    return {
      added: written.filter((row) => row.inserted).map((row) => row.entry_id),
      changed: written.filter((row) => !row.inserted).map((row) => row.entry_id),
    };
  }

  async remove(source: string, entryIds: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM register_entries WHERE source = $1 AND entry_id = ANY($2::text[])`, [source, entryIds]);
    await this.manager.query(`UPDATE registers SET updated_at = now() WHERE source = $1`, [source]);
  }

  async candidatesFor(debtors: Array<{ debtorIdentityId: string; lookup: DebtorLookup }>): Promise<Map<string, StoredRegisterEntry[]>> {
    const found = new Map<string, StoredRegisterEntry[]>(debtors.map((debtor) => [debtor.debtorIdentityId, []]));
    if (debtors.length === 0) return found;
    // country as char(2), as the column is, so the (country, ...) indexes are used.
    const rows: Array<EntryRow & { debtor_identity_id: string }> = await this.manager.query(
      `SELECT d.id AS debtor_identity_id, ${ENTRY_COLUMNS}
       FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, country char(2), kind text, birth_date date, name text, keys text[], postcodes text[])
       CROSS JOIN LATERAL (
         SELECT source, entry_id FROM register_entries WHERE identifier_key = ANY(d.keys)
         UNION (SELECT source, entry_id FROM register_entries x
                WHERE d.birth_date IS NOT NULL AND x.country = d.country AND x.birth_date = d.birth_date AND x.subject_kind = d.kind LIMIT ${BLOCK_LIMIT})
         UNION (SELECT source, entry_id FROM register_entries x
                WHERE x.country = d.country AND x.postal_code = ANY(d.postcodes) AND x.subject_kind = d.kind AND similarity(x.name_folded, d.name) >= ${NAME_SIMILARITY_FLOOR} LIMIT ${BLOCK_LIMIT})
       ) c
       JOIN register_entries e ON e.source = c.source AND e.entry_id = c.entry_id JOIN registers r ON r.source = e.source`,
      [JSON.stringify(debtors.map(({ debtorIdentityId, lookup }) => ({
        id: debtorIdentityId, country: lookup.country, kind: lookup.kind, birth_date: lookup.birthDate ?? null, name: lookup.nameFolded, keys: lookup.exactKeys, postcodes: lookup.postalCodes,
      })))],
    );
    for (const row of rows) found.get(row.debtor_identity_id)!.push(toStoredEntry(row));
    return found;
  }

  async summaries(): Promise<Array<{ source: string; kind: RegisterKind; entries: number; updatedAt: Date }>> {
    const rows: Array<{ source: string; kind: RegisterKind; entries: string; updated_at: Date }> = await this.manager.query(
      `SELECT r.source, r.kind, r.updated_at, (SELECT count(*) FROM register_entries e WHERE e.source = r.source) AS entries FROM registers r ORDER BY r.source`,
    );
    return rows.map((row) => ({ source: row.source, kind: row.kind, entries: Number(row.entries), updatedAt: row.updated_at }));
  }
}
