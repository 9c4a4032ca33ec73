import { CaseWithdrawnSchema, type CaseWithdrawn } from '@collections/contracts';
import { collectMessages, waitFor } from '@collections/testing';
import { fromBinary } from '@bufbuild/protobuf';
import { appendEvents, createMessagingFixture, sequenceOf, testEvent, type MessagingFixture } from './fixtures/messaging-fixture';

describe('transactional outbox and relay (real PostgreSQL and Kafka)', () => {
  let fixture: MessagingFixture;

  beforeEach(async () => {
    fixture = await createMessagingFixture('outbox');
  });
  afterEach(() => fixture.close());

  async function unpublishedCount(): Promise<number> {
    const [{ count }] = await fixture.dataSource.query('SELECT count(*)::int AS count FROM outbox_messages WHERE published_at IS NULL');
    return count;
  }

  it('keeps neither the state change nor its event when the transaction fails before commit', async () => {
    await expect(
      fixture.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO case_states (case_id, state) VALUES ('case-1', 'withdrawn')`);
        await fixture.outbox.append(manager, [testEvent('case-1', 1, fixture.topic)]);
        throw new Error('crash after the state write, before commit');
      }),
    ).rejects.toThrow('crash after the state write');

    expect(await fixture.dataSource.query('SELECT * FROM case_states')).toEqual([]);
    expect(await fixture.dataSource.query('SELECT * FROM outbox_messages')).toEqual([]);
  });

  it('refuses to append outside a transaction, where atomicity could not hold', async () => {
    await expect(fixture.outbox.append(fixture.dataSource.manager, [testEvent('case-1', 1, fixture.topic)])).rejects.toThrow(
      'must run inside a transaction',
    );
  });

  it('publishes CloudEvents with the protobuf payload, keyed by case id, after the commit wakes it', async () => {
    const collector = await collectMessages([fixture.topic]);
    await fixture.relay().start();
    await appendEvents(fixture, [testEvent('case-7', 1, fixture.topic)]);

    const [received] = await waitFor('the event on the topic', () => collector.received.length > 0 && collector.received);
    await collector.stop();
    expect(received.message.key?.toString()).toBe('case-7');
    expect(received.header('ce_type')).toBe('collections.v1.CaseWithdrawn');
    expect(received.header('ce_source')).toBe('/collections/test');
    expect(received.header('ce_specversion')).toBe('1.0');
    expect(received.header('ce_subject')).toBe('case-7');
    expect(received.header('content-type')).toBe('application/protobuf');
    expect(fromBinary(CaseWithdrawnSchema, received.message.value!).caseId).toBe('case-7');
    expect(await unpublishedCount()).toBe(0);
  });

  it('gives events time-ordered ids (UUIDv7), so indexes keyed on event ids grow at one edge', async () => {
    const collector = await collectMessages([fixture.topic]);
    await fixture.relay().start();
    await appendEvents(fixture, [testEvent('case-8', 1, fixture.topic)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await appendEvents(fixture, [testEvent('case-8', 2, fixture.topic)]);

    const received = await waitFor('both events on the topic', () => collector.received.length === 2 && collector.received);
    await collector.stop();
    const ids = received.map((message) => message.header('ce_id')!);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]! < ids[1]!).toBe(true);
  });

  it('publishes again when the relay dies after the broker ack and before marking; the consumer applies it once', async () => {
    const collector = await collectMessages([fixture.topic]);
    await appendEvents(fixture, [testEvent('case-9', 1, fixture.topic)]);
    const dying = fixture.relay({
      afterPublish: () => {
        throw new Error('relay process died before marking the rows');
      },
    });
    await expect(dying.drain()).rejects.toThrow('died before marking');
    expect(await unpublishedCount()).toBe(1);

    await fixture.relay().drain();
    expect(await unpublishedCount()).toBe(0);
    const copies = await waitFor('two copies on the topic', () => collector.received.length === 2 && collector.received);
    expect(copies[0].header('ce_id')).toBe(copies[1].header('ce_id'));
    await collector.stop();

    const outcomes: string[] = [];
    await fixture.consumer({ onOutcome: (outcome) => outcomes.push(outcome) }).start();
    await waitFor('both copies consumed', () => outcomes.length === 2);
    expect(outcomes).toEqual(['applied', 'duplicate']);
    expect(await fixture.effects()).toHaveLength(1);
  });

  it('keeps each key in order with two relay replicas publishing at once', async () => {
    const collector = await collectMessages([fixture.topic]);
    const relays = [fixture.relay({ batchSize: 20 }), fixture.relay({ batchSize: 20 })];
    await Promise.all(relays.map((relay) => relay.start()));
    const keys = Array.from({ length: 12 }, (_, i) => `case-${i}`);
    const perKey = 40;
    // Concurrent writers: each transaction appends the next event of a few keys.
    for (let sequence = 1; sequence <= perKey; sequence++) {
      await Promise.all(
        [0, 1, 2].map((lane) =>
          appendEvents(fixture, keys.filter((_, i) => i % 3 === lane).map((key) => testEvent(key, sequence, fixture.topic))),
        ),
      );
    }
    const total = keys.length * perKey;
    await waitFor('all events published', () => collector.received.length >= total, { timeoutMs: 60_000 });
    await collector.stop();

    const sequences = new Map<string, number[]>();
    for (const { message } of collector.received) {
      const event = fromBinary(CaseWithdrawnSchema, message.value!) as CaseWithdrawn;
      sequences.set(event.caseId, [...(sequences.get(event.caseId) ?? []), sequenceOf(event)]);
    }
    const expected = Array.from({ length: perKey }, (_, i) => i + 1);
    for (const key of keys) expect({ key, sequence: sequences.get(key) }).toEqual({ key, sequence: expected });
    expect(collector.received).toHaveLength(total);
  });

  it('skips nothing when transactions commit out of sequence order', async () => {
    const collector = await collectMessages([fixture.topic]);
    const relay = fixture.relay();
    await relay.start();

    // Transaction A takes the lower seq but commits last.
    const runnerA = fixture.dataSource.createQueryRunner();
    await runnerA.connect();
    await runnerA.startTransaction();
    await fixture.outbox.append(runnerA.manager, [testEvent('case-a', 1, fixture.topic)]);
    await appendEvents(fixture, [testEvent('case-b', 1, fixture.topic)]);

    await waitFor('B published while A is still open', () => collector.received.length === 1);
    const [{ seq: seqA }] = await runnerA.query(`SELECT seq FROM outbox_messages WHERE message_key = 'case-a'`);
    const [{ seq: seqB }] = await fixture.dataSource.query(`SELECT seq FROM outbox_messages WHERE message_key = 'case-b'`);
    expect(BigInt(seqA)).toBeLessThan(BigInt(seqB));

    await runnerA.commitTransaction();
    await runnerA.release();
    await waitFor('A published after its late commit', () => collector.received.length === 2);
    await collector.stop();
    expect(collector.received.map((m) => m.message.key?.toString())).toEqual(['case-b', 'case-a']);
    expect(await unpublishedCount()).toBe(0);
  });
});
