import { fromBinary, toBinary, toJson, type DescMessage, type JsonValue, type Message } from '@bufbuild/protobuf';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Frozen sample payloads: the bytes of one sample per event type, written once by the schema of
 * the day and never edited. The contract specs decode them with today's schema and expect the
 * same fields, which proves that bytes already on the topics (and in outboxes, DLQs) still parse.
 */
export interface FrozenFixture {
  readonly type: string;
  readonly note: string;
  /** The protobuf binary payload, base64. */
  readonly base64: string;
  /** What the payload decodes to, as proto3 JSON. */
  readonly json: JsonValue;
}

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** `collections.v1.CaseOpened` -> fixtures/v1/CaseOpened.json */
export function fixturePath(type: string): string {
  const [, version, name] = /^collections\.(v\d+)\.(\w+)$/.exec(type) ?? [];
  if (!version || !name) throw new Error(`not a collections event type: ${type}`);
  return join(FIXTURES_DIR, version, `${name}.json`);
}

export function hasFixture(type: string): boolean {
  return existsSync(fixturePath(type));
}

export function readFixture(type: string): FrozenFixture {
  return JSON.parse(readFileSync(fixturePath(type), 'utf8')) as FrozenFixture;
}

export function decodeFixture(schema: DescMessage, fixture: FrozenFixture): Message {
  return fromBinary(schema, Buffer.from(fixture.base64, 'base64'));
}

/** Writes a new fixture; refuses to overwrite one, since frozen bytes must never change. */
export function writeFixture(schema: DescMessage, sample: Message): string {
  const path = fixturePath(schema.typeName);
  if (existsSync(path)) throw new Error(`${path} is frozen and must not be rewritten`);
  const fixture: FrozenFixture = {
    type: schema.typeName,
    note: 'Frozen contract fixture: never edit or regenerate. Today\'s schema must still decode these bytes to this JSON.',
    base64: Buffer.from(toBinary(schema, sample)).toString('base64'),
    json: toJson(schema, sample),
  };
  writeFileSync(path, JSON.stringify(fixture, null, 2) + '\n', { flag: 'wx' });
  return path;
}
