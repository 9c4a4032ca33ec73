import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ObjectKeyInvalidError } from '../src/object-key';
import type { ObjectStore } from '../src/object-store.port';

export interface ContractHarness {
  /** A store for one test; called in beforeEach. */
  create(): Promise<ObjectStore>;
  /** Called in afterEach with the store `create` returned. */
  destroy?(store: ObjectStore): Promise<void>;
}

const PDF = 'application/pdf';

/**
 * The behaviour every ObjectStore adapter must share. Run once per adapter, so the filesystem
 * store used in development cannot drift from S3.
 */
export function describeObjectStoreContract(adapter: string, harness: ContractHarness): void {
  describe(`${adapter} (ObjectStore contract)`, () => {
    let store: ObjectStore;
    // Keys are unique per test, so adapters may share one bucket across tests.
    const run = randomBytes(4).toString('hex');
    let counter = 0;
    const key = (name: string): string => `contract/${run}/${++counter}/${name}`;

    beforeEach(async () => {
      store = await harness.create();
    });
    afterEach(async () => {
      await harness.destroy?.(store);
    });

    it('returns what was put, with size and SHA-256', async () => {
      const k = key('letters/reminder-1.pdf');
      const body = Buffer.from('%PDF-1.7 reminder letter');
      const stored = await store.put(k, body, { contentType: PDF, fileName: 'reminder-1.pdf' });
      expect(stored).toEqual({ key: k, sizeBytes: body.length, sha256: sha256(body) });

      const read = await store.get(k);
      expect(read).toEqual({ key: k, body, contentType: PDF, fileName: 'reminder-1.pdf', sizeBytes: body.length, sha256: sha256(body) });
    });

    it('reports metadata through head without the body', async () => {
      const k = key('statements/2026-03.csv');
      const body = Buffer.from('date;amount\n2026-03-01;10.00\n');
      await store.put(k, body, { contentType: 'text/csv' });
      const head = await store.head(k);
      expect(head).toEqual({ key: k, contentType: 'text/csv', sizeBytes: body.length, sha256: sha256(body) });
    });

    it('replaces body and metadata on overwrite, dropping a file name the new put does not give', async () => {
      const k = key('invoices/inv-7.pdf');
      await store.put(k, Buffer.from('first version, longer than the second'), { contentType: PDF, fileName: 'old.pdf' });
      const second = Buffer.from('second');
      await store.put(k, second, { contentType: 'application/octet-stream' });

      const read = await store.get(k);
      expect(read?.body).toEqual(second);
      expect(read?.contentType).toBe('application/octet-stream');
      expect(read?.sizeBytes).toBe(second.length);
      expect(read?.fileName).toBeUndefined();
      expect((await store.head(k))?.sha256).toBe(sha256(second));
    });

    it('answers undefined for an absent key and deletes an absent key without error', async () => {
      const k = key('never-written.pdf');
      await expect(store.get(k)).resolves.toBeUndefined();
      await expect(store.head(k)).resolves.toBeUndefined();
      await expect(store.getStream(k)).resolves.toBeUndefined();
      await expect(store.delete(k)).resolves.toBeUndefined();
    });

    it('forgets a deleted object', async () => {
      const k = key('attachments/photo.jpg');
      await store.put(k, Buffer.from([0xff, 0xd8, 0xff]), { contentType: 'image/jpeg' });
      await store.delete(k);
      await expect(store.get(k)).resolves.toBeUndefined();
      await expect(store.head(k)).resolves.toBeUndefined();
    });

    it('keeps a non-ASCII file name exactly', async () => {
      const k = key('letters/mahnung.pdf');
      const fileName = 'Mahnung für Jörg Müller – Übersicht 2026 (№ 5) 😀.pdf';
      await store.put(k, Buffer.from('x'), { contentType: PDF, fileName });
      expect((await store.get(k))?.fileName).toBe(fileName);
      expect((await store.head(k))?.fileName).toBe(fileName);
    });

    it('keeps file names that look URL-encoded as they are', async () => {
      const k = key('letters/percent.pdf');
      const fileName = 'statement 100% paid %20 +plus.pdf';
      await store.put(k, Buffer.from('x'), { contentType: PDF, fileName });
      expect((await store.head(k))?.fileName).toBe(fileName);
    });

    it('stores an empty body', async () => {
      const k = key('empty.txt');
      const stored = await store.put(k, Buffer.alloc(0), { contentType: 'text/plain' });
      expect(stored.sizeBytes).toBe(0);
      const read = await store.get(k);
      expect(read?.body.length).toBe(0);
      expect(read?.sizeBytes).toBe(0);
    });

    it('streams a large body with its metadata', async () => {
      const k = key('exports/large.bin');
      const body = randomBytes(5 * 1024 * 1024 + 17);
      await store.put(k, body, { contentType: 'application/octet-stream', fileName: 'large.bin' });

      const streamed = await store.getStream(k);
      expect(streamed).toMatchObject({ key: k, contentType: 'application/octet-stream', fileName: 'large.bin', sizeBytes: body.length });
      const received = await readAll(streamed!.stream);
      expect(received.length).toBe(body.length);
      expect(sha256(received)).toBe(sha256(body));
    });

    it('lets a key and a key below it coexist, as S3 does', async () => {
      const parent = key('case-1');
      const child = `${parent}/letter.pdf`;
      await store.put(parent, Buffer.from('parent'), { contentType: 'text/plain' });
      await store.put(child, Buffer.from('child'), { contentType: PDF });
      expect((await store.get(parent))?.body.toString()).toBe('parent');
      expect((await store.get(child))?.body.toString()).toBe('child');
    });

    it.each(['../outside.pdf', 'letters/../../etc/passwd', '/etc/passwd', 'letters/a b.pdf', ''])(
      'refuses the key %p in every method before touching storage',
      async (bad) => {
        const meta = { contentType: PDF };
        await expect(store.put(bad, Buffer.from('x'), meta)).rejects.toBeInstanceOf(ObjectKeyInvalidError);
        await expect(store.get(bad)).rejects.toBeInstanceOf(ObjectKeyInvalidError);
        await expect(store.head(bad)).rejects.toBeInstanceOf(ObjectKeyInvalidError);
        await expect(store.getStream(bad)).rejects.toBeInstanceOf(ObjectKeyInvalidError);
        await expect(store.delete(bad)).rejects.toBeInstanceOf(ObjectKeyInvalidError);
      },
    );
  });
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
