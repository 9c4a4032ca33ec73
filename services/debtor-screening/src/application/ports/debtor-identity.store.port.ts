/** A debtor identity found by one of its keys, with every key it is known by. */
export interface KnownDebtor {
  debtorIdentityId: string;
  keys: string[];
}

export interface CaseRecord {
  caseId: string;
  creditorId: string;
  debtorIdentityId: string;
  openedAt: Date;
}

/** Debtor identities and the cases they owe on, inside the caller's transaction. Set-based: a consumer chunk is one call each. */
export abstract class DebtorIdentityStore {
  /** Holds these keys until the transaction ends, so two cases of a new debtor cannot create it twice. */
  abstract lockKeys(keys: string[]): Promise<void>;
  /** Debtors known by any of these keys, oldest first. */
  abstract findByKeys(keys: string[]): Promise<KnownDebtor[]>;
  abstract create(debtors: Array<{ debtorIdentityId: string; kind: 'person' | 'company'; country: string }>): Promise<void>;
  /** Attaches the keys still free; a key another debtor already holds stays with it. */
  abstract attachKeys(keys: Array<{ debtorIdentityId: string; key: string }>): Promise<void>;
  /** Records the cases under their debtors; returns the ids of those recorded now (not before). */
  abstract recordCases(records: CaseRecord[]): Promise<Set<string>>;
  abstract closeCase(caseId: string, state: 'withdrawn'): Promise<void>;
}
