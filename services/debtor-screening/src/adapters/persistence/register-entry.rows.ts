import type { RegisterKind, RegisterSubject } from '../../domain/registers/register-entry';
import type { StoredRegisterEntry } from '../../application/ports/register-store.port';

/** What `details` holds: the entry's fields that matching does not filter on. */
export interface EntryDetails {
  subject: RegisterSubject;
  legalForm?: string;
  reference?: string;
  contact?: string;
  provenance: { importId: string; fileName: string; row: number };
}

/** Columns of register_entries as selected by ENTRY_COLUMNS. */
export interface EntryRow {
  source: string;
  register_kind: RegisterKind;
  entry_id: string;
  situation: string | null;
  status: string | null;
  effective_from: string | null;
  effective_to: string | null;
  heirs_known: boolean | null;
  details: EntryDetails;
}

/** Dates as text: a calendar date must not become a JavaScript instant in some time zone. */
export const ENTRY_COLUMNS = `e.source, r.kind AS register_kind, e.entry_id, e.situation, e.status, e.effective_from::text AS effective_from,
  e.effective_to::text AS effective_to, e.heirs_known, e.details`;

export function toStoredEntry(row: EntryRow): StoredRegisterEntry {
  const { details } = row;
  return {
    source: row.source,
    registerKind: row.register_kind,
    entryId: row.entry_id,
    subject: details.subject,
    ...(row.situation ? { situation: row.situation as StoredRegisterEntry['situation'] } : {}),
    ...(row.status ? { status: row.status as StoredRegisterEntry['status'] } : {}),
    ...(row.effective_from ? { effectiveFrom: row.effective_from } : {}),
    ...(row.effective_to ? { effectiveTo: row.effective_to } : {}),
    ...(row.heirs_known !== null ? { heirsKnown: row.heirs_known } : {}),
    ...(details.legalForm ? { legalForm: details.legalForm } : {}),
    ...(details.reference ? { reference: details.reference } : {}),
    ...(details.contact ? { contact: details.contact } : {}),
  };
}
