export interface StoredDocument {
  id: string;
  caseId: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

/** Supporting documents of cases. */
export abstract class DocumentStore {
  abstract save(document: Omit<StoredDocument, 'id' | 'createdAt' | 'sha256'> & { creditorId: string; content: Uint8Array }): Promise<StoredDocument>;
  abstract list(creditorId: string, caseId: string): Promise<StoredDocument[]>;
  /** Undefined for an unknown document or another creditor's. */
  abstract content(creditorId: string, caseId: string, documentId: string): Promise<{ document: StoredDocument; content: Buffer } | undefined>;
}
