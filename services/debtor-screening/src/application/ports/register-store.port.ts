import type { RegisterEntry, RegisterKind } from '../../domain/registers/register-entry';

/** A register entry as stored, with the columns matching works on. */
export interface StoredRegisterEntry extends Omit<RegisterEntry, 'action'> {
  source: string;
  registerKind: RegisterKind;
}

/** An entry to write: what the register says, and the hash that tells a change from a repeat. */
export interface EntryToWrite {
  entry: RegisterEntry;
  contentHash: string;
  /** Where the row came from: the import and the file's line. */
  provenance: { importId: string; fileName: string; row: number };
}

/** What a debtor is known as, for finding register entries that may be them. */
export interface DebtorLookup {
  kind: 'person' | 'company';
  country: string;
  /** Identity keys (`nid:BE:…`, `cno:BE:…`), the same keys register entries carry. */
  exactKeys: string[];
  nameFolded: string;
  birthDate?: string;
  postalCodes: string[];
}

/** Registers and their entries, inside the caller's transaction. */
export abstract class RegisterStore {
  /** The register's kind, creating the register on first use; undefined when the source exists with another kind. */
  abstract declare(source: string, kind: RegisterKind): Promise<RegisterKind>;
  /** Holds the register until the transaction ends: one import of a source at a time. */
  abstract lock(source: string): Promise<void>;
  /** The content hashes of those of these entries that exist. */
  abstract existing(source: string, entryIds: string[]): Promise<Map<string, string>>;
  abstract upsert(source: string, entries: EntryToWrite[]): Promise<void>;
  abstract remove(source: string, entryIds: string[]): Promise<void>;
  /**
   * For each debtor, the entries that may be them: the same identifier, or the same country with
   * the same birth date, or the same postcode and a similar name (pg_trgm). Never a scan.
   */
  abstract candidatesFor(debtors: Array<{ debtorIdentityId: string; lookup: DebtorLookup }>): Promise<Map<string, StoredRegisterEntry[]>>;
  abstract entries(source: string, entryIds: string[]): Promise<StoredRegisterEntry[]>;
  abstract summaries(): Promise<Array<{ source: string; kind: RegisterKind; entries: number; updatedAt: Date }>>;
}
