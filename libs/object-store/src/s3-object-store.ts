import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type GetObjectCommandOutput,
  type HeadObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { assertValidObjectKey } from './object-key';
import {
  ObjectStore,
  type ObjectHead,
  type ObjectStream,
  type ObjectWithBody,
  type PutObjectMeta,
  type StoredObject,
} from './object-store.port';

export interface S3ObjectStoreOptions {
  /** Only for S3-compatible stores (MinIO, Ceph, a local server); omit for AWS. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most non-AWS stores need it. */
  forcePathStyle: boolean;
}

/** S3 user metadata keys, sent as `x-amz-meta-<name>` headers. */
const FILE_NAME = 'file-name';
const SHA256 = 'sha256';
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/**
 * Stores objects in one bucket. The file name travels URL-encoded in `x-amz-meta-file-name`,
 * because HTTP headers carry ASCII only; the SHA-256 computed at `put` in `x-amz-meta-sha256`.
 */
export class S3ObjectStore extends ObjectStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3ObjectStoreOptions) {
    super();
    this.bucket = options.bucket;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    });
  }

  async put(key: string, body: Buffer, meta: PutObjectMeta): Promise<StoredObject> {
    assertValidObjectKey(key);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const metadata: Record<string, string> = { [SHA256]: sha256 };
    if (meta.fileName !== undefined) metadata[FILE_NAME] = encodeURIComponent(meta.fileName);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: body.length,
        ContentType: meta.contentType,
        Metadata: metadata,
      }),
    );
    return { key, sizeBytes: body.length, sha256 };
  }

  async get(key: string): Promise<ObjectWithBody | undefined> {
    const response = await this.getObject(key);
    if (!response) return undefined;
    const body = Buffer.from(await response.Body!.transformToByteArray());
    return { ...toHead(key, response), sizeBytes: body.length, body };
  }

  async head(key: string): Promise<ObjectHead | undefined> {
    assertValidObjectKey(key);
    const response = await ifFound(this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key })));
    return response && toHead(key, response);
  }

  async getStream(key: string): Promise<ObjectStream | undefined> {
    const response = await this.getObject(key);
    if (!response) return undefined;
    if (!(response.Body instanceof Readable)) {
      throw new Error(`S3 GetObject for ${JSON.stringify(key)} returned no Node stream`);
    }
    return { ...toHead(key, response), stream: response.Body };
  }

  async delete(key: string): Promise<void> {
    assertValidObjectKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  override async close(): Promise<void> {
    this.client.destroy();
  }

  private async getObject(key: string): Promise<GetObjectCommandOutput | undefined> {
    assertValidObjectKey(key);
    return ifFound(this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key })));
  }
}

function toHead(key: string, response: HeadObjectCommandOutput | GetObjectCommandOutput): ObjectHead {
  const metadata = response.Metadata ?? {};
  const head: ObjectHead = {
    key,
    contentType: response.ContentType ?? DEFAULT_CONTENT_TYPE,
    sizeBytes: response.ContentLength ?? 0,
  };
  if (metadata[FILE_NAME] !== undefined) head.fileName = decodeFileName(metadata[FILE_NAME]);
  if (metadata[SHA256] !== undefined) head.sha256 = metadata[SHA256];
  return head;
}

/** Objects written by other tools may carry a name that is not URL-encoded: keep it as it is. */
function decodeFileName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** GetObject reports a missing key as NoSuchKey, HeadObject (no body) as NotFound. */
async function ifFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
    throw error;
  }
}
