/** A document kept for the creditor to download: the contract's StoredDocument. */
export interface ArchivedDocument {
  documentId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  objectKey: string;
}

/**
 * The platform's document store (S3 in production, a folder in development), which intake reads to
 * let the creditor download statements and invoices. Storing under a key that exists replaces it.
 */
export abstract class DocumentArchive {
  abstract store(document: { documentId: string; objectKey: string; fileName: string; contentType: string; content: Buffer }): Promise<ArchivedDocument>;
}
