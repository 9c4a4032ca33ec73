import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeObjectStoreContract } from '../test/object-store.contract';
import { FilesystemObjectStore } from './filesystem-object-store';
import { ObjectKeyInvalidError } from './object-key';

describeObjectStoreContract('FilesystemObjectStore', {
  create: async () => new FilesystemObjectStore(await mkdtemp(join(tmpdir(), 'object-store-'))),
  destroy: async (store) => rm((store as FilesystemObjectStore).rootDir, { recursive: true, force: true }),
});

describe('FilesystemObjectStore on disk', () => {
  let sandbox: string;
  let root: string;
  let store: FilesystemObjectStore;

  beforeEach(async () => {
    // The store's root sits inside a sandbox, so a file escaping the root would still be seen.
    sandbox = await mkdtemp(join(tmpdir(), 'object-store-sandbox-'));
    root = join(sandbox, 'root');
    store = new FilesystemObjectStore(root);
  });
  afterEach(async () => {
    await rm(sandbox, { recursive: true, force: true });
  });

  it('writes the body and a JSON sidecar, leaving no temporary files', async () => {
    await store.put('letters/a.pdf', Buffer.from('body'), { contentType: 'application/pdf', fileName: 'Brief für A.pdf' });
    await store.put('letters/a.pdf', Buffer.from('body 2'), { contentType: 'application/pdf' });

    expect((await readdir(join(root, 'letters'))).sort()).toEqual(['a.pdf@data', 'a.pdf@meta.json']);
    expect(await readFile(join(root, 'letters', 'a.pdf@data'), 'utf8')).toBe('body 2');
    expect(JSON.parse(await readFile(join(root, 'letters', 'a.pdf@meta.json'), 'utf8'))).toEqual({
      key: 'letters/a.pdf',
      contentType: 'application/pdf',
      sizeBytes: 6,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('writes nothing outside its root for a traversal attempt', async () => {
    await expect(store.put('../escaped.pdf', Buffer.from('x'), { contentType: 'application/pdf' })).rejects.toThrow(
      'object key "../escaped.pdf" contains ".."',
    );
    await expect(store.put('root/../../escaped.pdf', Buffer.from('x'), { contentType: 'application/pdf' })).rejects.toBeInstanceOf(
      ObjectKeyInvalidError,
    );
    expect(await readdir(sandbox)).toEqual([]);
  });

  it('treats a body without its sidecar as absent (a put that never finished)', async () => {
    await store.put('a.pdf', Buffer.from('x'), { contentType: 'application/pdf' });
    await rm(join(root, 'a.pdf@meta.json'));
    await expect(store.get('a.pdf')).resolves.toBeUndefined();
    await expect(store.getStream('a.pdf')).resolves.toBeUndefined();
  });

  it('refuses a key segment too long for a file name, naming the limit', async () => {
    await expect(store.put(`letters/${'n'.repeat(241)}`, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
      'has a segment of 241 characters; the filesystem store allows 240',
    );
  });
});
