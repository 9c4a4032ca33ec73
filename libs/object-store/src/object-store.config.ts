import { FilesystemObjectStore } from './filesystem-object-store';
import type { ObjectStore } from './object-store.port';
import { S3ObjectStore } from './s3-object-store';

export type ObjectStoreEnv = Readonly<Record<string, string | undefined>>;

export const DEFAULT_OBJECT_STORE_DIR = './tmp/object-store';

export class ObjectStoreConfigurationError extends Error {
  readonly code = 'OBJECT_STORE.CONFIGURATION_INVALID';

  constructor(message: string) {
    super(message);
    this.name = 'ObjectStoreConfigurationError';
  }
}

const S3_REQUIRED = [
  'OBJECT_STORE_S3_REGION',
  'OBJECT_STORE_S3_BUCKET',
  'OBJECT_STORE_S3_ACCESS_KEY_ID',
  'OBJECT_STORE_S3_SECRET_ACCESS_KEY',
] as const;

/**
 * `OBJECT_STORE=filesystem` (the default) stores under `OBJECT_STORE_DIR`; `OBJECT_STORE=s3`
 * needs the four S3 variables above, and `OBJECT_STORE_S3_ENDPOINT` for a non-AWS store (which
 * then gets path-style addressing). Empty variables count as unset.
 */
export function objectStoreFromEnv(env: ObjectStoreEnv): ObjectStore {
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };
  const kind = value('OBJECT_STORE') ?? 'filesystem';
  if (kind === 'filesystem') return new FilesystemObjectStore(value('OBJECT_STORE_DIR') ?? DEFAULT_OBJECT_STORE_DIR);
  if (kind !== 's3') {
    throw new ObjectStoreConfigurationError(`OBJECT_STORE must be "filesystem" or "s3" (got ${JSON.stringify(kind)})`);
  }
  const missing = S3_REQUIRED.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new ObjectStoreConfigurationError(`OBJECT_STORE=s3 needs ${missing.join(', ')}: ${missing.length === 1 ? 'it is' : 'they are'} missing`);
  }
  const endpoint = value('OBJECT_STORE_S3_ENDPOINT');
  return new S3ObjectStore({
    endpoint,
    region: value('OBJECT_STORE_S3_REGION')!,
    bucket: value('OBJECT_STORE_S3_BUCKET')!,
    accessKeyId: value('OBJECT_STORE_S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('OBJECT_STORE_S3_SECRET_ACCESS_KEY')!,
    forcePathStyle: endpoint !== undefined,
  });
}
