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
