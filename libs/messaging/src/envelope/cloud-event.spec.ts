import { EnvelopeError } from '../errors/message-errors';
import { fromKafkaHeaders, headersToStrings, toKafkaHeaders } from './cloud-event';

describe('CloudEvents Kafka binary-mode headers', () => {
  const attributes = {
    id: '5f0c3a9e-5a4e-4f53-9d0f-3f3cf1f2a001',
    source: '/collections/intake',
    type: 'collections.v1.CaseOpened',
    specversion: '1.0' as const,
    time: '2026-01-05T09:00:00.000Z',
    subject: 'case-42',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };

  it('round-trips through ce_* headers with the protobuf content type', () => {
    const headers = toKafkaHeaders(attributes);
    expect(headers.ce_type).toBe('collections.v1.CaseOpened');
    expect(headers['content-type']).toBe('application/protobuf');
    const raw = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromKafkaHeaders(headersToStrings(raw))).toEqual({ ...attributes, datacontenttype: 'application/protobuf' });
  });

  it('names every missing required attribute', () => {
    expect(() => fromKafkaHeaders({ ce_id: 'x', ce_specversion: '1.0' })).toThrow(
      new EnvelopeError('missing CloudEvents header(s): ce_source, ce_type'),
    );
  });

  it.each([
    [{ ce_specversion: '0.3' }, /specversion "0.3"/],
    [{ 'content-type': 'application/json' }, /content-type "application\/json"/],
    [{ ce_time: 'yesterday' }, /ce_time "yesterday"/],
  ])('refuses %p', (override, message) => {
    const headers = { ...toKafkaHeaders(attributes), ...override };
    expect(() => fromKafkaHeaders(headers)).toThrow(message);
  });
});
