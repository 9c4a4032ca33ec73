import { ScalarType, type DescFile, type DescMessage } from '@bufbuild/protobuf';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_NAMES } from '../services/service-names';
import { findTopic, type TopicDefinition } from '../topics/topic-registry';
import { EVENT_CATALOG, findEventType } from './event-catalog';

const GENERATED_DIR = join(__dirname, '..', 'generated', 'collections', 'v1');

/** Files of shared value types; every other .proto file holds only events at top level. */
const SHARED_TYPE_FILES = new Set(['collections/v1/common.proto', 'collections/v1/case_file.proto']);

/** Every generated file descriptor, found on disk so that a new .proto file cannot be missed. */
function generatedFiles(): DescFile[] {
  return readdirSync(GENERATED_DIR)
    .filter((name) => name.endsWith('_pb.ts'))
    .flatMap((name) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- load every generated module by path
      const module: Record<string, unknown> = require(join(GENERATED_DIR, name));
      return Object.values(module).filter((value): value is DescFile => (value as DescFile | undefined)?.kind === 'file');
    });
}

describe('event catalog', () => {
  const catalogued = new Set<DescMessage>(EVENT_CATALOG.map((entry) => entry.schema));

  it('contains every top-level message of the event files, and nothing from the shared-type files', () => {
    const files = generatedFiles();
    expect(files.length).toBe(readdirSync(GENERATED_DIR).filter((n) => n.endsWith('_pb.ts')).length);
    for (const file of files) {
      const shared = SHARED_TYPE_FILES.has(file.proto.name ?? '');
      for (const message of file.messages) {
        expect([message.typeName, catalogued.has(message)]).toEqual([message.typeName, !shared]);
      }
    }
  });

  it('lists each event type once, as the protobuf full name of its payload', () => {
    const types = EVENT_CATALOG.map((e) => e.type);
    expect(new Set(types).size).toBe(types.length);
    for (const entry of EVENT_CATALOG) expect(entry.type).toBe(entry.schema.typeName);
  });

  it('takes topic, producer and key from the topic registry', () => {
    for (const entry of EVENT_CATALOG) {
      const topic: TopicDefinition | undefined = findTopic(entry.topic);
      expect(topic?.events).toContain(entry.type);
      expect(entry.producer).toBe(topic?.producer);
      expect(entry.key).toBe(topic?.key);
    }
  });

  it('gives every event its key as a string field; case events carry case_id as field 1', () => {
    for (const { type, schema, key } of EVENT_CATALOG) {
      const field = schema.fields.find((f) => f.name === key);
      expect([type, field?.fieldKind, field?.scalar]).toEqual([type, 'scalar', ScalarType.STRING]);
      if (key === 'case_id') expect([type, field?.number]).toEqual([type, 1]);
    }
  });

  it('has events from each of the six services', () => {
    expect(new Set(EVENT_CATALOG.map((e) => e.producer).filter((p) => p !== 'creditor-channels'))).toEqual(new Set(SERVICE_NAMES));
  });

  it('finds an entry by CloudEvents type', () => {
    expect(findEventType('collections.v1.CaseOpened')).toMatchObject({
      type: 'collections.v1.CaseOpened',
      topic: 'intake.cases.v1',
      producer: 'intake',
      key: 'case_id',
    });
    expect(findEventType('collections.v1.ClaimSubmitted')?.producer).toBe('creditor-channels');
  });

  it('returns undefined for a type it does not know (a newer producer, another version)', () => {
    expect(findEventType('collections.v1.SomethingAddedLater')).toBeUndefined();
    expect(findEventType('collections.v2.CaseOpened')).toBeUndefined();
    expect(findEventType('collections.v1.Money')).toBeUndefined();
  });
});
