import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formattedClusterId, newClusterId } from './storage';

describe('newClusterId', () => {
  it('is 16 random bytes in unpadded base64url, never starting with "-"', () => {
    const ids = Array.from({ length: 500 }, newClusterId);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('formattedClusterId', () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-kafka-spec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is undefined for a directory that was never formatted', () => {
    expect(formattedClusterId(join(dir, 'nothing-here'))).toBeUndefined();
  });

  it('reads cluster.id from meta.properties', () => {
    writeFileSync(join(dir, 'meta.properties'), '#\nnode.id=1\nversion=1\ncluster.id=AbCdEfGhIjKlMnOpQrStUv\n');
    expect(formattedClusterId(dir)).toBe('AbCdEfGhIjKlMnOpQrStUv');
  });
});
