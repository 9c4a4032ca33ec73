/** A debtor identity found by one of its keys, with every key it is known by. */
export interface KnownDebtor {
  debtorIdentityId: string;
  keys: string[];
}

/** Debtor identities and the cases they owe on, inside the caller's transaction. */
export abstract class DebtorIdentityStore {
  /** Holds these keys until the transaction ends, so two cases of a new debtor cannot create it twice. */
  abstract lockKeys(keys: string[]): Promise<void>;
  /** Debtors known by any of these keys, oldest first. */
  abstract findByKeys(keys: string[]): Promise<KnownDebtor[]>;
  abstract create(kind: 'person' | 'company', country: string): Promise<string>;
  /** Attaches the keys still free; a key another debtor already holds stays with it. */
  abstract attachKeys(debtorIdentityId: string, keys: string[]): Promise<void>;
  /** Records the case under the debtor; false when this case was recorded before. */
  abstract recordCase(record: { caseId: string; creditorId: string; debtorIdentityId: string; openedAt: Date }): Promise<boolean>;
  abstract closeCase(caseId: string, state: 'withdrawn'): Promise<void>;
}
