/** An API key as its creditor sees it afterwards: never the secret, which is shown once. */
export interface ApiKeySummary {
  keyId: string;
  label: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** A freshly issued key: `token` is the only time the secret leaves the service. */
export interface IssuedApiKey extends ApiKeySummary {
  token: string;
}

export interface NewCreditor {
  name: string;
  /** Charged to the creditor for each case opened, when its contract has one. */
  registrationFee?: { amountMinor: bigint; currency: string };
}

/** Creditors and their credentials. */
export abstract class CreditorDirectory {
  abstract create(creditor: NewCreditor): Promise<string>;
  abstract exists(creditorId: string): Promise<boolean>;
  abstract nameOf(creditorId: string): Promise<string | undefined>;
  abstract issueKey(creditorId: string, label: string): Promise<IssuedApiKey>;
  abstract listKeys(creditorId: string): Promise<ApiKeySummary[]>;
  /** False when the key is unknown, already revoked, or another creditor's. */
  abstract revokeKey(creditorId: string, keyId: string): Promise<boolean>;
  /** The creditor a presented token belongs to; undefined for an unknown, malformed or revoked key. */
  abstract authenticate(token: string): Promise<string | undefined>;
}
