import type { EntityManager } from 'typeorm';
import { MatchStore, type CaseScreening, type KnownDebtorProfile, type OpenCase, type RegisterMatch } from '../../application/ports/match-store.port';
import type { StoredRegisterEntry } from '../../application/ports/register-store.port';
import type { MatchSubject } from '../../domain/matching';
import { entryIdentifierKey } from '../../domain/matching/entry-assessment';
import type { Finding, Verdict } from '../../domain/verdict/register-findings';
import type { Screening } from '../../domain/verdict/screening-verdict';
import { ENTRY_COLUMNS, toStoredEntry, type EntryRow } from './register-entry.rows';

interface MatchRow {
  id: string;
  debtor_identity_id: string;
  match_source: string;
  match_entry_id: string;
  how: RegisterMatch['how'];
  score: number;
  state: RegisterMatch['state'];
  evidence: Record<string, unknown>;
  decided_by: string | null;
  created_at: Date;
}

const MATCH_COLUMNS = `m.id, m.debtor_identity_id, m.source AS match_source, m.entry_id AS match_entry_id, m.how, m.score, m.state, m.evidence, m.decided_by, m.created_at`;

function toMatch(row: MatchRow): RegisterMatch {
  return {
    id: row.id,
    debtorIdentityId: row.debtor_identity_id,
    source: row.match_source,
    entryId: row.match_entry_id,
    how: row.how,
    score: row.score,
    state: row.state,
    evidence: row.evidence,
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
  };
}

/** Matches with their entry when it still exists (a LEFT JOIN: a reviewer's decision outlives its entry). */
const withEntry = (row: MatchRow & Partial<EntryRow>) => ({ ...toMatch(row), ...(row.entry_id ? { entry: toStoredEntry(row as EntryRow) } : {}) });

interface ProfileRow {
  id: string;
  kind: 'person' | 'company';
  country: string;
  name_folded: string;
  birth_date: string | null;
  postal_codes: string[];
  match_subject: { subject: MatchSubject; exactKeys: string[] };
}

const PROFILE_COLUMNS = `d.id, d.kind, d.country, d.name_folded, d.birth_date::text AS birth_date, d.postal_codes, d.match_subject`;

function toProfile(row: ProfileRow): KnownDebtorProfile {
  return {
    debtorIdentityId: row.id,
    subject: row.match_subject.subject,
    lookup: {
      kind: row.kind,
      country: row.country,
      exactKeys: row.match_subject.exactKeys,
      nameFolded: row.name_folded,
      ...(row.birth_date ? { birthDate: row.birth_date } : {}),
      postalCodes: row.postal_codes,
    },
  };
}

/** Matches, debtor profiles and case verdicts in the screening database, through the caller's transaction. */
export class SqlMatchStore extends MatchStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async saveProfiles(profiles: KnownDebtorProfile[]): Promise<void> {
    if (profiles.length === 0) return;
    await this.manager.query(
      `UPDATE debtor_identities d SET name_folded = p.name_folded, birth_date = p.birth_date, postal_codes = p.postal_codes, match_subject = p.match_subject,
         updated_at = now(), version = d.version + 1
       FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, name_folded text, birth_date date, postal_codes text[], match_subject jsonb) WHERE d.id = p.id`,
      [JSON.stringify(profiles.map(({ debtorIdentityId, lookup, subject }) => ({
        id: debtorIdentityId, name_folded: lookup.nameFolded, birth_date: lookup.birthDate ?? null, postal_codes: lookup.postalCodes, match_subject: { subject, exactKeys: lookup.exactKeys },
      })))],
    );
  }

  async profiles(debtorIdentityIds: string[]): Promise<Map<string, KnownDebtorProfile>> {
    if (debtorIdentityIds.length === 0) return new Map();
    const rows: ProfileRow[] = await this.manager.query(`SELECT ${PROFILE_COLUMNS} FROM debtor_identities d WHERE d.id = ANY($1::uuid[]) AND d.match_subject ? 'subject'`, [debtorIdentityIds]);
    return new Map(rows.map((row) => [row.id, toProfile(row)]));
  }

  async debtorsNear(entries: StoredRegisterEntry[]): Promise<KnownDebtorProfile[]> {
    if (entries.length === 0) return [];
    const keys = entries.map((entry) => entryIdentifierKey(entry.subject) ?? null);
    const countries = entries.map((entry) => entry.subject.country.toUpperCase());
    const births = entries.map((entry) => entry.subject.birthDate ?? null);
    const postcodes = entries.map((entry) => (entry.subject.postalCode ? entry.subject.postalCode.toUpperCase().replace(/[^A-Z0-9]/g, '') : null));
    const rows: ProfileRow[] = await this.manager.query(
      `WITH e AS (SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[]) AS t(key, country, birth_date, postal_code)),
       near AS (
         SELECT k.debtor_identity_id AS id FROM debtor_identity_keys k JOIN e ON k.key = e.key
         UNION SELECT d.id FROM debtor_identities d JOIN e ON d.country = e.country AND d.birth_date = e.birth_date
         UNION SELECT d.id FROM debtor_identities d JOIN e ON d.country = e.country AND d.postal_codes @> ARRAY[e.postal_code])
       SELECT ${PROFILE_COLUMNS} FROM debtor_identities d JOIN near USING (id)
       WHERE d.match_subject ? 'subject' AND EXISTS (SELECT 1 FROM screened_cases c WHERE c.debtor_identity_id = d.id AND c.state = 'open')`,
      [keys, countries, births, postcodes],
    );
    return rows.map(toProfile);
  }

  async matchesOf(debtorIdentityIds: string[]): Promise<Array<RegisterMatch & { entry?: StoredRegisterEntry }>> {
    if (debtorIdentityIds.length === 0) return [];
    const rows: Array<MatchRow & Partial<EntryRow>> = await this.manager.query(
      `SELECT ${MATCH_COLUMNS}, ${ENTRY_COLUMNS} FROM debtor_register_matches m
       LEFT JOIN register_entries e ON e.source = m.source AND e.entry_id = m.entry_id LEFT JOIN registers r ON r.source = e.source
       WHERE m.debtor_identity_id = ANY($1::uuid[]) ORDER BY m.created_at, m.id`,
      [debtorIdentityIds],
    );
    return rows.map(withEntry);
  }

  async saveMatches(matches: RegisterMatch[]): Promise<void> {
    if (matches.length === 0) return;
    await this.manager.query(
      `INSERT INTO debtor_register_matches (id, debtor_identity_id, source, entry_id, how, score, state, evidence)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::real[], $7::text[], $8::jsonb[])
       ON CONFLICT (debtor_identity_id, source, entry_id) DO UPDATE SET how = EXCLUDED.how, score = EXCLUDED.score, state = EXCLUDED.state,
         evidence = EXCLUDED.evidence, updated_at = now()
       WHERE debtor_register_matches.decided_by IS NULL`,
      [
        matches.map((match) => match.id), matches.map((match) => match.debtorIdentityId), matches.map((match) => match.source), matches.map((match) => match.entryId),
        matches.map((match) => match.how), matches.map((match) => match.score), matches.map((match) => match.state), matches.map((match) => JSON.stringify(match.evidence)),
      ],
    );
  }

  async forgetAutomaticMatches(source: string, entryIds: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM debtor_register_matches WHERE source = $1 AND entry_id = ANY($2::text[]) AND decided_by IS NULL`, [source, entryIds]);
  }

  async debtorsMatching(source: string, entryIds: string[]): Promise<Array<{ debtorIdentityId: string; entryId: string }>> {
    const rows: Array<{ debtor_identity_id: string; entry_id: string }> = await this.manager.query(
      `SELECT debtor_identity_id, entry_id FROM debtor_register_matches WHERE source = $1 AND entry_id = ANY($2::text[]) AND state <> 'not_same'`,
      [source, entryIds],
    );
    return rows.map((row) => ({ debtorIdentityId: row.debtor_identity_id, entryId: row.entry_id }));
  }

  async matchForUpdate(matchId: string): Promise<RegisterMatch | undefined> {
    const rows: MatchRow[] = await this.manager.query(`SELECT ${MATCH_COLUMNS} FROM debtor_register_matches m WHERE m.id = $1 FOR UPDATE`, [matchId]);
    return rows[0] ? toMatch(rows[0]) : undefined;
  }

  async decide(matchId: string, state: 'matched' | 'not_same', reviewer: string, note: string | undefined, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE debtor_register_matches SET state = $2, decided_by = $3, decision_note = $4, decided_at = $5, updated_at = now() WHERE id = $1`,
      [matchId, state, reviewer, note ?? null, at.toISOString()],
    );
  }

  async pendingReviews(limit: number): Promise<Array<RegisterMatch & { entry?: StoredRegisterEntry; debtor?: KnownDebtorProfile; createdAt: Date }>> {
    const rows: Array<MatchRow & Partial<EntryRow>> = await this.manager.query(
      `SELECT ${MATCH_COLUMNS}, ${ENTRY_COLUMNS} FROM debtor_register_matches m
       LEFT JOIN register_entries e ON e.source = m.source AND e.entry_id = m.entry_id LEFT JOIN registers r ON r.source = e.source
       WHERE m.state = 'pending_review' ORDER BY m.created_at, m.id LIMIT $1`,
      [limit],
    );
    const debtorIds = [...new Set(rows.map((row) => row.debtor_identity_id))];
    const profiles: ProfileRow[] = debtorIds.length > 0 ? await this.manager.query(`SELECT ${PROFILE_COLUMNS} FROM debtor_identities d WHERE d.id = ANY($1::uuid[])`, [debtorIds]) : [];
    const byId = new Map(profiles.filter((row) => row.match_subject && 'subject' in row.match_subject).map((row) => [row.id, toProfile(row)]));
    return rows.map((row) => ({ ...withEntry(row), debtor: byId.get(row.debtor_identity_id), createdAt: row.created_at }));
  }

  async debtorsWithEntryDatesBetween(after: string, through: string): Promise<Array<{ debtorIdentityId: string; source: string; entryId: string }>> {
    const rows: Array<{ debtor_identity_id: string; source: string; entry_id: string }> = await this.manager.query(
      `SELECT DISTINCT m.debtor_identity_id, m.source, m.entry_id
       FROM register_entries e JOIN debtor_register_matches m ON m.source = e.source AND m.entry_id = e.entry_id AND m.state <> 'not_same'
       WHERE ((e.effective_from > $1::date AND e.effective_from <= $2::date) OR (e.effective_to >= $1::date AND e.effective_to < $2::date))
         AND EXISTS (SELECT 1 FROM screened_cases c WHERE c.debtor_identity_id = m.debtor_identity_id AND c.state = 'open')`,
      [after, through],
    );
    return rows.map((row) => ({ debtorIdentityId: row.debtor_identity_id, source: row.source, entryId: row.entry_id }));
  }

  async lockDateWatch(): Promise<string | undefined> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('register-date-watch'))`);
    const rows: Array<{ checked_through: string }> = await this.manager.query(`SELECT checked_through::text AS checked_through FROM register_date_watch WHERE id = 1`);
    return rows[0]?.checked_through;
  }

  async saveDateWatch(checkedThrough: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO register_date_watch (id, checked_through) VALUES (1, $1::date) ON CONFLICT (id) DO UPDATE SET checked_through = EXCLUDED.checked_through, updated_at = now()`,
      [checkedThrough],
    );
  }

  async openCasesOf(debtorIdentityIds: string[]): Promise<OpenCase[]> {
    const rows: Array<{ case_id: string; debtor_identity_id: string; contact_screening: Screening; verdict: Verdict; findings: Finding[] }> = await this.manager.query(
      `SELECT case_id, debtor_identity_id, contact_screening, verdict, findings FROM screened_cases
       WHERE debtor_identity_id = ANY($1::uuid[]) AND state = 'open' AND contact_screening IS NOT NULL ORDER BY opened_at, case_id FOR UPDATE`,
      [debtorIdentityIds],
    );
    return rows.map((row) => ({ caseId: row.case_id, debtorIdentityId: row.debtor_identity_id, contactScreening: row.contact_screening, verdict: row.verdict, findings: row.findings }));
  }

  async saveCaseScreenings(screenings: CaseScreening[]): Promise<void> {
    if (screenings.length === 0) return;
    await this.manager.query(
      `UPDATE screened_cases c SET contact_screening = s.contact_screening, verdict = s.verdict, findings = s.findings, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS s(case_id uuid, contact_screening jsonb, verdict text, findings jsonb) WHERE c.case_id = s.case_id`,
      [JSON.stringify(screenings.map((one) => ({ case_id: one.caseId, contact_screening: one.contactScreening, verdict: one.verdict, findings: one.findings })))],
    );
  }
}
