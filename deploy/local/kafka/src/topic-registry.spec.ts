import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTopicSpecs } from './topic-registry';

describe('loadTopicSpecs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-kafka-registry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('calls kafkaTopicSpecs({ local: true, replicationFactor }) of a module given by path', () => {
    const file = join(dir, 'registry.js');
    writeFileSync(
      file,
      'exports.kafkaTopicSpecs = (o) => [{ name: "t", partitions: 2, replicationFactor: o.replicationFactor, config: { local: String(o.local) } }];',
    );
    expect(loadTopicSpecs(file, 3, false)).toEqual([{ name: 't', partitions: 2, replicationFactor: 3, config: { local: 'true' } }]);
  });

  it('resolves workspace aliases from tsconfig.base.json (the default registry is @collections/contracts)', () => {
    const specs = loadTopicSpecs('@collections/contracts', 1, true);
    // The registry may not exist in every checkout; when it does, it yields topic specs.
    if (specs) expect(specs.every((s) => typeof s.name === 'string' && s.partitions > 0)).toBe(true);
  });

  it('returns undefined for a missing optional module, and throws for a missing explicit one', () => {
    expect(loadTopicSpecs(join(dir, 'absent.js'), 1, true)).toBeUndefined();
    expect(() => loadTopicSpecs(join(dir, 'absent.js'), 1, false)).toThrow(/Cannot find module/);
  });

  it('rejects a module without kafkaTopicSpecs()', () => {
    const file = join(dir, 'empty.js');
    writeFileSync(file, 'exports.other = 1;');
    expect(() => loadTopicSpecs(file, 1, true)).toThrow(/does not export kafkaTopicSpecs/);
  });
});
