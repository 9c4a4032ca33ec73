import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ObjectKeyInvalidError, assertValidObjectKey } from './object-key';
import {
  ObjectStore,
  type ObjectHead,
  type ObjectStream,
  type ObjectWithBody,
  type PutObjectMeta,
  type StoredObject,
} from './object-store.port';

/** Room for the `@meta.json` / `@tmp-…` suffixes within the usual 255-byte name limit. */
const MAX_SEGMENT_LENGTH = 240;

interface Sidecar {
  key: string;
  contentType: string;
  fileName?: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Development adapter: key `letters/a.pdf` becomes `<root>/letters/a.pdf@data` plus the
 * sidecar `<root>/letters/a.pdf@meta.json`. Key segments never contain `@`, so a stored file can
 * never clash with a folder of another key (`a` and `a/b` coexist, as on S3).
 *
 * Each file is written to a temporary name and renamed into place, so a reader never sees a
 * half-written body. The body is renamed first and the sidecar last: the sidecar marks the object
 * as present, and `delete` removes it first.
 */
export class FilesystemObjectStore extends ObjectStore {
  readonly rootDir: string;

  constructor(rootDir: string) {
    super();
    this.rootDir = resolve(rootDir);
  }

  async put(key: string, body: Buffer, meta: PutObjectMeta): Promise<StoredObject> {
    const paths = this.pathsFor(key);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const sidecar: Sidecar = { key, contentType: meta.contentType, sizeBytes: body.length, sha256 };
    if (meta.fileName !== undefined) sidecar.fileName = meta.fileName;

    await mkdir(paths.dir, { recursive: true });
    await writeAtomically(paths.data, body);
    await writeAtomically(paths.meta, Buffer.from(`${JSON.stringify(sidecar, null, 2)}\n`, 'utf8'));
    return { key, sizeBytes: body.length, sha256 };
  }

  async get(key: string): Promise<ObjectWithBody | undefined> {
    const paths = this.pathsFor(key);
    const sidecar = await readSidecar(paths.meta);
    if (!sidecar) return undefined;
    const body = await ifExists(readFile(paths.data));
    if (!body) return undefined;
    return { ...toHead(key, sidecar), sizeBytes: body.length, body };
  }

  async head(key: string): Promise<ObjectHead | undefined> {
    const sidecar = await readSidecar(this.pathsFor(key).meta);
    return sidecar && toHead(key, sidecar);
  }

  async getStream(key: string): Promise<ObjectStream | undefined> {
    const paths = this.pathsFor(key);
    const sidecar = await readSidecar(paths.meta);
    if (!sidecar) return undefined;
    // Open before returning, so "absent" is decided here and not inside the stream.
    const handle = await ifExists(open(paths.data, 'r'));
    if (!handle) return undefined;
    try {
      const { size } = await handle.stat();
      return { ...toHead(key, sidecar), sizeBytes: size, stream: handle.createReadStream() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const paths = this.pathsFor(key);
    await ifExists(unlink(paths.meta));
    await ifExists(unlink(paths.data));
  }

  private pathsFor(key: string): { dir: string; data: string; meta: string } {
    assertValidObjectKey(key);
    const segments = key.split('/');
    const tooLong = segments.find((segment) => segment.length > MAX_SEGMENT_LENGTH);
    if (tooLong) {
      throw new ObjectKeyInvalidError(key, `has a segment of ${tooLong.length} characters; the filesystem store allows ${MAX_SEGMENT_LENGTH}`);
    }
    const base = join(this.rootDir, ...segments);
    // The key rules already forbid escaping; this guards against a future change to them.
    const fromRoot = relative(this.rootDir, base);
    if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
      throw new ObjectKeyInvalidError(key, 'resolves outside the store');
    }
    return { dir: join(base, '..'), data: `${base}@data`, meta: `${base}@meta.json` };
  }
}

async function writeAtomically(target: string, content: Buffer): Promise<void> {
  const temp = `${target}@tmp-${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await ifExists(unlink(temp));
    throw error;
  }
}

async function readSidecar(path: string): Promise<Sidecar | undefined> {
  const text = await ifExists(readFile(path, 'utf8'));
  return text === undefined ? undefined : (JSON.parse(text) as Sidecar);
}

function toHead(key: string, sidecar: Sidecar): ObjectHead {
  const head: ObjectHead = { key, contentType: sidecar.contentType, sizeBytes: sidecar.sizeBytes, sha256: sidecar.sha256 };
  if (sidecar.fileName !== undefined) head.fileName = sidecar.fileName;
  return head;
}

/** Resolves to undefined when the file is missing; every other failure propagates. */
async function ifExists<T>(operation: Promise<T>): Promise<T | undefined> {
  try {
    return await operation;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
