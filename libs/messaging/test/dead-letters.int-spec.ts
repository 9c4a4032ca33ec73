import { randomUUID } from 'node:crypto';
import type { CaseWithdrawn } from '@collections/contracts';
import { collectMessages, testKafka, waitFor } from '@collections/testing';
import { deadLetterTopic } from '@collections/contracts';
import { deadLetterStore, replayDeadLetters, toKafkaHeaders, encodeEvent } from '../src';
import { CaseWithdrawnSchema } from '@collections/contracts';
import { appendEvents, createMessagingFixture, recordEffect, sequenceOf, testEvent, EVENT_TYPE, type MessagingFixture } from './fixtures/messaging-fixture';

describe('poison messages and dead letters (real PostgreSQL and Kafka)', () => {
  let fixture: MessagingFixture;

  beforeEach(async () => {
    fixture = await createMessagingFixture('dlq', 1);
  });
  afterEach(() => fixture.close());

  it('retries a failing handler with back-off, parks it with its error, keeps the partition flowing, parks the key behind it, and replays in order once fixed', async () => {
    let poisonFixed = false;
    const attempts: number[] = [];
    const handler = async (data: unknown, context: Parameters<ReturnType<typeof recordEffect>>[1]) => {
      const event = data as CaseWithdrawn;
      if (event.caseId === 'case-poison' && sequenceOf(event) === 1 && !poisonFixed) {
        attempts.push(Date.now());
        throw new Error('handler bug: cannot read the creditor');
      }
      await recordEffect()(data, context);
    };
    // The consumer creates its group's retry and dead-letter topics when it starts.
    const consumer = fixture.consumer({ handlers: new Map([[EVENT_TYPE, handler]]), maxAttempts: 4 });
    await consumer.start();
    const dlq = await collectMessages([deadLetterTopic(fixture.topic, fixture.group)]);
    await fixture.relay().start();

    await appendEvents(fixture, [testEvent('case-poison', 1, fixture.topic)]);
    await appendEvents(fixture, [testEvent('case-poison', 2, fixture.topic), testEvent('case-ok', 1, fixture.topic)]);
    await appendEvents(fixture, [testEvent('case-ok', 2, fixture.topic)]);

    await waitFor('the other key applied', async () => (await fixture.effects()).length === 2);
    await waitFor('two dead letters', () => dlq.received.length === 2);
    expect((await fixture.effects()).map((e) => `${e.case_id}#${e.sequence}`)).toEqual(['case-ok#1', 'case-ok#2']);

    // Four attempts of its own; one more when it first failed inside a chunk of several messages
    // (the chunk is then retried one message at a time, without waiting).
    expect([4, 5]).toContain(attempts.length);
    const own = attempts.slice(-4);
    const gaps = own.slice(1).map((at, i) => at - own[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(25);

    const [poison, behind] = dlq.received;
    expect(poison.header('dlq_error_code')).toBe('MESSAGING.RETRIES_EXHAUSTED');
    expect(poison.header('dlq_error_message')).toContain('handler bug: cannot read the creditor');
    expect(poison.header('dlq_attempts')).toBe('4');
    expect(poison.header('dlq_original_topic')).toBe(fixture.topic);
    expect(poison.header('dlq_original_partition')).toBe('0');
    expect(poison.header('dlq_original_offset')).toBe('0');
    expect(poison.header('ce_type')).toBe(EVENT_TYPE);
    expect(poison.message.key?.toString()).toBe('case-poison');
    expect(behind.header('dlq_error_code')).toBe('MESSAGING.KEY_PARKED_BEHIND');

    // A later event of the parked key is parked too, even after the partition moved on.
    await appendEvents(fixture, [testEvent('case-poison', 3, fixture.topic)]);
    await waitFor('third dead letter', () => dlq.received.length === 3);

    poisonFixed = true;
    const replayed = await replayDeadLetters(fixture.dataSource, fixture.producer, { group: fixture.group, keys: ['case-poison'] });
    expect(replayed.map((row) => row.errorCode)).toEqual(['MESSAGING.RETRIES_EXHAUSTED', 'MESSAGING.KEY_PARKED_BEHIND', 'MESSAGING.KEY_PARKED_BEHIND']);

    await waitFor('replayed events applied', async () => (await fixture.effects()).length === 5);
    const poisonEffects = (await fixture.effects()).filter((e) => e.case_id === 'case-poison').map((e) => e.sequence);
    expect(poisonEffects).toEqual([1, 2, 3]);
    const rows = await deadLetterStore.list(fixture.dataSource.manager, { group: fixture.group });
    expect(rows.map((row) => row.status)).toEqual(['replayed', 'replayed', 'replayed']);

    // The key flows normally again.
    await appendEvents(fixture, [testEvent('case-poison', 4, fixture.topic)]);
    await waitFor('the unparked key flows', async () => (await fixture.effects()).length === 6);
    expect(dlq.received).toHaveLength(3);
    await dlq.stop();
  });

  it('dead-letters undecodable, envelope-less, unknown-type and oversized messages, and later messages still flow', async () => {
    // The onParked hook answers each rejected message once, in the parking transaction; not those parked behind.
    await fixture.consumer({
      maxMessageBytes: 16 * 1024,
      onParked: async ({ message, error }, { manager }) => {
        await manager.query('INSERT INTO case_states (case_id, state) VALUES ($1, $2)', [message.key, error.code]);
      },
    }).start();
    const dlq = await collectMessages([deadLetterTopic(fixture.topic, fixture.group)]);
    const producer = testKafka().producer();
    await producer.connect();
    const headers = (type: string = EVENT_TYPE) => toKafkaHeaders({ id: randomUUID(), source: '/test', type, specversion: '1.0' });
    const valid = Buffer.from(encodeEvent(CaseWithdrawnSchema, { caseId: 'case-x', reason: '1' }));
    await producer.send({
      topic: fixture.topic,
      messages: [
        { key: 'k1', value: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), headers: headers() },
        { key: 'k2', value: valid, headers: { ce_id: randomUUID(), 'content-type': 'application/protobuf' } },
        { key: 'k3', value: valid, headers: headers('collections.v1.NoSuchEvent') },
        { key: 'k4', value: Buffer.alloc(20 * 1024, 1), headers: headers() },
        { key: 'k1', value: valid, headers: headers() },
        { key: 'case-x', value: valid, headers: headers() },
      ],
    });
    await producer.disconnect();

    await waitFor('five dead letters', () => dlq.received.length === 5);
    await waitFor('the good message applied', async () => (await fixture.effects()).length === 1);
    expect(dlq.received.map((m) => [m.message.key?.toString(), m.header('dlq_error_code')])).toEqual([
      ['k1', 'MESSAGING.UNDECODABLE_PAYLOAD'],
      ['k2', 'MESSAGING.INVALID_ENVELOPE'],
      ['k3', 'MESSAGING.UNKNOWN_EVENT_TYPE'],
      ['k4', 'MESSAGING.OVERSIZED_MESSAGE'],
      ['k1', 'MESSAGING.KEY_PARKED_BEHIND'],
    ]);
    expect(await fixture.dataSource.query('SELECT case_id, state FROM case_states ORDER BY case_id')).toEqual([
      { case_id: 'k1', state: 'MESSAGING.UNDECODABLE_PAYLOAD' },
      { case_id: 'k2', state: 'MESSAGING.INVALID_ENVELOPE' },
      { case_id: 'k3', state: 'MESSAGING.UNKNOWN_EVENT_TYPE' },
      { case_id: 'k4', state: 'MESSAGING.OVERSIZED_MESSAGE' },
    ]);
    expect(dlq.received[1].header('dlq_error_message')).toContain('ce_source, ce_type, ce_specversion');
    expect(dlq.received.slice(0, 4).every((m) => m.header('dlq_attempts') === '1')).toBe(true);
    await dlq.stop();
  });

  it('parks a business-rule rejection at once with the domain error code, without retrying', async () => {
    let calls = 0;
    class CaseClosedError extends Error {
      readonly code = 'TEST.CASE_CLOSED';
      readonly category = 'conflict';
    }
    await fixture.consumer({
      handlers: new Map([[EVENT_TYPE, async () => {
        calls += 1;
        throw new CaseClosedError('the case is already closed');
      }]]),
    }).start();
    const dlq = await collectMessages([deadLetterTopic(fixture.topic, fixture.group)]);
    await fixture.relay().start();
    await appendEvents(fixture, [testEvent('case-closed', 1, fixture.topic)]);
    await waitFor('dead letter', () => dlq.received.length === 1);
    expect(dlq.received[0].header('dlq_error_code')).toBe('TEST.CASE_CLOSED');
    expect(calls).toBe(1);
    await dlq.stop();
  });
});
