import type { KafkaMessage } from 'kafkajs';
import { CaseWithdrawnSchema } from '@collections/contracts';
import { toKafkaHeaders } from '../envelope/cloud-event';
import { catalogLookup, encodeEvent } from '../envelope/event-codec';
import { EnvelopeError } from '../errors/message-errors';
import { prepareChunk } from './prepared-message';

const source = { topic: 'intake.cases.v1', partition: 2 };

function kafkaMessage(offset: number, headers = toKafkaHeaders({ id: `event-${offset}`, source: '/collections/intake', type: CaseWithdrawnSchema.typeName, specversion: '1.0' })): KafkaMessage {
  const raw = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Buffer.from(value)]));
  return {
    key: Buffer.from(`case-${offset % 7}`),
    value: Buffer.from(encodeEvent(CaseWithdrawnSchema, { caseId: `case-${offset % 7}`, creditorId: 'creditor-1', reason: `reason ${offset}` })),
    headers: raw,
    offset: String(1_000 + offset),
    timestamp: '0',
    attributes: 0,
  };
}

describe('prepareChunk', () => {
  const messages = Array.from({ length: 400 }, (_, offset) => kafkaMessage(offset));

  it('decodes exactly the messages of its range, in partition order, with where each was read', async () => {
    const prepared = await prepareChunk(source, messages, { from: 120, to: 355 }, catalogLookup, 1_048_576);

    expect(prepared.map((message) => message.source.offset)).toEqual(Array.from({ length: 235 }, (_, i) => String(1_120 + i)));
    expect(prepared[0]).toMatchObject({
      source: { topic: 'intake.cases.v1', partition: 2, offset: '1120' },
      key: 'case-1',
      attributes: { id: 'event-120', type: CaseWithdrawnSchema.typeName },
      data: { caseId: 'case-1', reason: 'reason 120' },
    });
    expect(prepared.every((message) => message.rejection === undefined)).toBe(true);
  });

  it('marks a message that can never be applied instead of failing the chunk', async () => {
    const broken = [...messages.slice(0, 3)];
    broken[1] = kafkaMessage(1, { ce_id: 'event-1', ce_specversion: '1.0' });

    const prepared = await prepareChunk(source, broken, { from: 0, to: 3 }, catalogLookup, 1_048_576);

    expect(prepared.map((message) => message.rejection?.constructor)).toEqual([undefined, EnvelopeError, undefined]);
    expect(prepared[1]!.rejection!.message).toBe('missing CloudEvents header(s): ce_source, ce_type');
  });

  it('gives the event loop a turn between slices, so replies to a transaction in flight are handled meanwhile', async () => {
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);

    const prepared = await prepareChunk(source, messages, { from: 0, to: 400 }, catalogLookup, 1_048_576);
    ticking = false;

    expect(prepared).toHaveLength(400);
    // Four slices of a hundred, each after a turn of the loop in which the ticker ran too.
    expect(turns).toBeGreaterThanOrEqual(4);
  });
});
