import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { S3ObjectStore, type S3ObjectStoreOptions } from '../src/s3-object-store';
import { describeObjectStoreContract } from './object-store.contract';

/**
 * The S3 adapter against a real S3-compatible server over HTTP: s3rver on a free port, storing
 * in a temporary directory. s3rver accepts only the access key id S3RVER; it parses the SigV4
 * Authorization header but does not verify the signature itself.
 */
let server: S3rver;
let directory: string;
let options: S3ObjectStoreOptions;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  options = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-central-1',
    bucket: 'documents',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  const admin = rawClient();
  await admin.send(new CreateBucketCommand({ Bucket: options.bucket }));
  admin.destroy();
});

afterAll(async () => {
  await server?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

function rawClient(): S3Client {
  return new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: true,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
}

describeObjectStoreContract('S3ObjectStore', {
  create: async () => new S3ObjectStore(options),
  destroy: async (store) => store.close(),
});

describe('S3ObjectStore on the wire', () => {
  it('sends Content-Type and a URL-encoded x-amz-meta-file-name', async () => {
    const store = new S3ObjectStore(options);
    const client = rawClient();
    try {
      await store.put('wire/brief.pdf', Buffer.from('x'), { contentType: 'application/pdf', fileName: 'Brief für Müller.pdf' });
      const head = await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: 'wire/brief.pdf' }));
      expect(head.ContentType).toBe('application/pdf');
      expect(head.Metadata?.['file-name']).toBe('Brief%20f%C3%BCr%20M%C3%BCller.pdf');
    } finally {
      client.destroy();
      await store.close();
    }
  });

  it('reports a missing bucket as an error, not as an absent object', async () => {
    const store = new S3ObjectStore({ ...options, bucket: 'no-such-bucket' });
    try {
      await expect(store.get('wire/anything.pdf')).rejects.toMatchObject({ name: 'NoSuchBucket' });
    } finally {
      await store.close();
    }
  });
});
