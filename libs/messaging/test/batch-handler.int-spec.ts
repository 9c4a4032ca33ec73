import type { CaseWithdrawn } from '@collections/contracts';
import { waitFor } from '@collections/testing';
import type { EventBatchItem, EventHandlerFn } from '../src';
import { appendEvents, createMessagingFixture, recordEffect, sequenceOf, testEvent, EVENT_TYPE, type MessagingFixture } from './fixtures/messaging-fixture';

/** A batch handler as @HandlesEventBatch builds it: each call records its size, then every item's effect. */
function batchHandler(sizes: number[], failOn?: (event: CaseWithdrawn) => boolean): EventHandlerFn {
  const batch = async (items: EventBatchItem[]) => {
    sizes.push(items.length);
    for (const { data, context } of items) {
      if (failOn?.(data as CaseWithdrawn)) throw new Error('this event cannot be applied');
      await recordEffect()(data, context);
    }
  };
  return Object.assign((data: unknown, context: EventBatchItem['context']) => batch([{ data, context }]), { batch });
}

describe('batch handlers (real PostgreSQL and Kafka)', () => {
  let fixture: MessagingFixture;

  afterEach(() => fixture.close());

  it('hands consecutive events of a chunk to the handler at once, in partition order, each applied once', async () => {
    fixture = await createMessagingFixture('batch', 1);
    const sizes: number[] = [];
    await appendEvents(fixture, Array.from({ length: 40 }, (_, i) => testEvent(`case-${i % 4}`, i, fixture.topic)));
    await fixture.relay().drain();

    await fixture.consumer({ handlers: new Map([[EVENT_TYPE, batchHandler(sizes)]]), chunkSize: 25 }).start();

    await waitFor('every event applied', async () => (await fixture.effects()).length === 40);
    expect((await fixture.effects()).map((effect) => effect.sequence)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(sizes.every((size) => size <= 25)).toBe(true);
  });

  it('gives the handler only the new events of a chunk that also brings events already applied', async () => {
    fixture = await createMessagingFixture('batchdupes', 1);
    const sizes: number[] = [];
    const outcomes: string[] = [];
    await appendEvents(fixture, Array.from({ length: 5 }, (_, i) => testEvent(`case-${i}`, i, fixture.topic)));
    await fixture.relay().drain();
    const first = fixture.consumer({ handlers: new Map([[EVENT_TYPE, batchHandler(sizes)]]), onOutcome: (outcome) => outcomes.push(outcome) });
    await first.start();
    await waitFor('the first five applied', () => outcomes.length === 5);
    await first.stop();

    // The same five published again (a relay that lost its marks), followed by five new events.
    await fixture.dataSource.query('UPDATE outbox_messages SET published_at = NULL');
    await appendEvents(fixture, Array.from({ length: 5 }, (_, i) => testEvent(`case-${i}`, 5 + i, fixture.topic)));
    await fixture.relay().drain();
    sizes.length = 0;
    outcomes.length = 0;
    await fixture.consumer({ handlers: new Map([[EVENT_TYPE, batchHandler(sizes)]]), onOutcome: (outcome) => outcomes.push(outcome) }).start();

    await waitFor('the ten redelivered or new events final', () => outcomes.length === 10);
    expect(outcomes).toEqual([...Array(5).fill('duplicate'), ...Array(5).fill('applied')]);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(5);
    expect((await fixture.effects()).map((effect) => effect.sequence)).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it('applies an event once when one chunk brings it twice, and nothing of the attempt that assumed every event new', async () => {
    fixture = await createMessagingFixture('batchtwice', 1);
    const sizes: number[] = [];
    const outcomes: string[] = [];
    await appendEvents(fixture, Array.from({ length: 3 }, (_, i) => testEvent(`case-${i}`, i, fixture.topic)));
    await fixture.relay().drain();
    // The second event published again after the third (a relay that lost that one mark): one chunk holds it twice.
    await fixture.dataSource.query(`UPDATE outbox_messages SET published_at = NULL WHERE seq = (SELECT seq FROM outbox_messages ORDER BY seq OFFSET 1 LIMIT 1)`);
    await fixture.relay().drain();

    await fixture.consumer({ handlers: new Map([[EVENT_TYPE, batchHandler(sizes)]]), onOutcome: (outcome) => outcomes.push(outcome) }).start();

    await waitFor('the four deliveries final', () => outcomes.length === 4);
    expect(outcomes).toEqual(['applied', 'applied', 'applied', 'duplicate']);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(3);
    expect((await fixture.effects()).map((effect) => effect.sequence)).toEqual([0, 1, 2]);
    const [{ inbox }] = await fixture.dataSource.query('SELECT count(*)::int AS inbox FROM inbox_messages');
    expect(inbox).toBe(3);
  });

  it('isolates an event the batch cannot apply: it is parked, the events around it are applied', async () => {
    fixture = await createMessagingFixture('batchfail', 1);
    const sizes: number[] = [];
    const outcomes: string[] = [];
    await appendEvents(fixture, Array.from({ length: 10 }, (_, i) => testEvent(`case-${i}`, i, fixture.topic)));
    await fixture.relay().drain();

    await fixture
      .consumer({ handlers: new Map([[EVENT_TYPE, batchHandler(sizes, (event) => sequenceOf(event) === 4)]]), maxAttempts: 2, onOutcome: (outcome) => outcomes.push(outcome) })
      .start();

    await waitFor('every outcome final', () => outcomes.length === 10, { timeoutMs: 60_000 });
    expect((await fixture.effects()).map((effect) => effect.sequence)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
    const parked = await fixture.dataSource.query(`SELECT message_key FROM dead_letters`);
    expect(parked).toEqual([{ message_key: 'case-4' }]);
  });
});
