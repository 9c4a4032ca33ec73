import type { Readable } from 'node:stream';

export interface PutObjectMeta {
  /** MIME type, e.g. `application/pdf`. */
  contentType: string;
  /** The name a download should carry; any Unicode text. */
  fileName?: string;
}

export interface StoredObject {
  key: string;
  sizeBytes: number;
  /** Hex SHA-256 of the body, computed while storing it. */
  sha256: string;
}

export interface ObjectHead {
  key: string;
  contentType: string;
  fileName?: string;
  sizeBytes: number;
  /** Hex SHA-256 recorded at `put`; absent for objects written by other tools. */
  sha256?: string;
}

export interface ObjectWithBody extends ObjectHead {
  body: Buffer;
}

export interface ObjectStream extends ObjectHead {
  /** The body, not yet read. The caller must consume or destroy it. */
  stream: Readable;
}

/**
 * Where documents live: letters, statements, invoices, message attachments. The abstract class
 * is also the Nest injection token. Every method validates the key first (ObjectKeyInvalidError).
 * Reads of an absent key resolve to `undefined`; `delete` of an absent key succeeds.
 */
export abstract class ObjectStore {
  /** Stores `body` under `key`, replacing any previous object and its metadata. */
  abstract put(key: string, body: Buffer, meta: PutObjectMeta): Promise<StoredObject>;

  abstract get(key: string): Promise<ObjectWithBody | undefined>;

  /** Metadata only; the body is not transferred. */
  abstract head(key: string): Promise<ObjectHead | undefined>;

  /** For downloads: the body as a stream, so large files are never held in memory. */
  abstract getStream(key: string): Promise<ObjectStream | undefined>;

  abstract delete(key: string): Promise<void>;

  /** Releases connections. Stores without any hold nothing, hence the empty default. */
  async close(): Promise<void> {}
}
