import { equals, fromBinary, isFieldSet, ScalarType, toBinary, toJson, type DescMessage, type Message } from '@bufbuild/protobuf';
import { BinaryWriter, WireType } from '@bufbuild/protobuf/wire';
import { decodeFixture, hasFixture, readFixture } from '../../tools/frozen-fixtures';
import { EVENT_CATALOG } from './event-catalog';
import { EVENT_SAMPLES } from './samples/event-samples';

/** The contract promises of v1 payloads: what producers and consumers may rely on. */

const events = EVENT_CATALOG.map((entry) => [entry.type, entry.schema] as const);

function sampleOf(type: string): Message {
  const sample = EVENT_SAMPLES.get(type);
  if (!sample) throw new Error(`no sample for ${type}: add one under libs/contracts/src/events/samples/`);
  return sample;
}

/** Paths of fields left at their default, recursively; a set oneof counts for all its members. */
function unsetFields(schema: DescMessage, message: Message, path = schema.name): string[] {
  if (schema.typeName.startsWith('google.protobuf.')) return [];
  const record = message as unknown as Record<string, unknown>;
  const missing: string[] = [];
  for (const oneof of schema.oneofs) {
    const selected = record[oneof.localName] as { case?: string; value?: Message };
    if (selected.case === undefined) missing.push(`${path}.${oneof.name}`);
    const member = oneof.fields.find((f) => f.localName === selected.case);
    if (member?.message && selected.value) missing.push(...unsetFields(member.message, selected.value, `${path}.${member.name}`));
  }
  for (const field of schema.fields) {
    if (field.oneof) continue;
    if (!isFieldSet(message, field)) {
      missing.push(`${path}.${field.name}`);
    } else if (field.fieldKind === 'message') {
      missing.push(...unsetFields(field.message, record[field.localName] as Message, `${path}.${field.name}`));
    } else if (field.fieldKind === 'list' && field.listKind === 'message') {
      for (const item of record[field.localName] as Message[]) missing.push(...unsetFields(field.message, item, `${path}.${field.name}[]`));
    }
  }
  return missing;
}

/** Fields a later minor version might add: numbers this schema does not use. */
function futureFields(): Uint8Array {
  return new BinaryWriter()
    .tag(9001, WireType.LengthDelimited)
    .string('added in a later minor version')
    .tag(9002, WireType.Varint)
    .int64(42n)
    .finish();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

describe('event samples', () => {
  it.each(events)('%s sample sets every field, so round trips cover them all', (type, schema) => {
    expect(unsetFields(schema, sampleOf(type))).toEqual([]);
  });
});

describe('binary round trip', () => {
  it.each(events)('%s decodes to what was encoded', (type, schema) => {
    const sample = sampleOf(type);
    const decoded = fromBinary(schema, toBinary(schema, sample));
    expect(equals(schema, decoded, sample)).toBe(true);
    expect(toJson(schema, decoded)).toEqual(toJson(schema, sample));
  });
});

describe('frozen v1 payloads', () => {
  it.each(events)('%s bytes frozen when it was published still decode to the same fields', (type, schema) => {
    if (!hasFixture(type)) throw new Error(`no frozen payload for ${type}: run bash tools/proto.sh freeze-fixtures`);
    const fixture = readFixture(type);
    expect(fixture.type).toBe(type);
    expect(toJson(schema, decodeFixture(schema, fixture))).toEqual(fixture.json);
  });
});

describe('unknown fields', () => {
  it.each(events)('%s from a newer producer decodes, and the extra fields pass through re-encoding', (type, schema) => {
    const sample = sampleOf(type);
    const newer = concat(toBinary(schema, sample), futureFields());
    const decoded = fromBinary(schema, newer);
    expect(equals(schema, decoded, sample)).toBe(true);
    expect(Buffer.from(toBinary(schema, decoded)).equals(Buffer.from(newer))).toBe(true);
  });
});

describe('money and numbers', () => {
  /** Every message reachable from an event, nested and shared ones included. */
  function reachable(schema: DescMessage, seen = new Set<DescMessage>()): Set<DescMessage> {
    if (seen.has(schema)) return seen;
    seen.add(schema);
    for (const field of schema.fields) if (field.message) reachable(field.message, seen);
    return seen;
  }
  const messages = [...new Set(EVENT_CATALOG.flatMap((e) => [...reachable(e.schema)]))];

  it('uses no floating-point field anywhere (money is integer minor units)', () => {
    const floats = messages.flatMap((m) =>
      m.fields.filter((f) => f.scalar === ScalarType.DOUBLE || f.scalar === ScalarType.FLOAT).map((f) => `${m.typeName}.${f.name}`),
    );
    expect(floats).toEqual([]);
  });

  it('carries money amounts as int64, decoded to bigint', () => {
    const money = messages.find((m) => m.typeName === 'collections.v1.Money');
    expect(money?.fields.find((f) => f.name === 'amount_minor')?.scalar).toBe(ScalarType.INT64);
    const sample = sampleOf('collections.v1.PaymentReceived') as unknown as { amount: { amountMinor: unknown } };
    expect(typeof sample.amount.amountMinor).toBe('bigint');
  });
});
