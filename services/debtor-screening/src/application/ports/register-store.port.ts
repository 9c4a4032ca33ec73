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

/** Entries serialised for the store, opaque to the application. */
export interface PreparedUpsert {
  readonly count: number;
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
  /**
   * Lets this transaction commit without waiting for its WAL to reach the disk. A crash can lose
   * the last batches of an import, their events with them (the same transaction), never half of
   * one; loading the file again restores them, since repeated rows change nothing.
   */
  abstract relaxDurability(): Promise<void>;
  /** Holds the register until the transaction ends: one import of a source at a time. */
  abstract lock(source: string): Promise<void>;
  /** The content hashes of those of these entries that exist (asked only for rows whose action depends on it). */
  abstract existing(source: string, entryIds: string[]): Promise<Map<string, string>>;
  /**
   * Adds the entries not held yet and changes those held with another content hash; an entry held
   * with the same hash is left alone. Returns which were added and which changed.
   */
  abstract upsert(source: string, prepared: PreparedUpsert): Promise<{ added: string[]; changed: string[] }>;
  /** The CPU half of upsert, done before the register lock is taken so it overlaps another batch's writing. */
  abstract prepareUpsert(entries: EntryToWrite[]): PreparedUpsert;
  abstract remove(source: string, entryIds: string[]): Promise<void>;
  /**
   * For each debtor, the entries that may be them: the same identifier, or the same country with
   * the same birth date, or the same postcode and a similar name (pg_trgm). Never a scan.
   */
  abstract candidatesFor(debtors: Array<{ debtorIdentityId: string; lookup: DebtorLookup }>): Promise<Map<string, StoredRegisterEntry[]>>;
  abstract summaries(): Promise<Array<{ source: string; kind: RegisterKind; entries: number; updatedAt: Date }>>;
}
