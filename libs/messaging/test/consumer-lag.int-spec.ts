import { waitFor } from '@collections/testing';
import { messagingMetrics, type EventHandlerFn } from '../src';
import { appendEvents, createMessagingFixture, recordEffect, testEvent, EVENT_TYPE, type MessagingFixture } from './fixtures/messaging-fixture';

describe('messaging_consumer_lag (real Kafka)', () => {
  let fixture: MessagingFixture;

  afterEach(() => fixture.close());

  /** The gauge's value for the fixture's topic, summed over its partitions; undefined before the first report. */
  const reportedLag = async () => {
    const values = (await messagingMetrics().consumerLag.get()).values.filter((v) => v.labels.group === fixture.group && v.labels.topic === fixture.topic);
    return values.length === 0 ? undefined : values.reduce((sum, v) => sum + v.value, 0);
  };

  it('grows while the group is stuck on a message, and falls to zero once it moves again', async () => {
    fixture = await createMessagingFixture('lag', 2);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The first event blocks the consumer: no batch completes, so nothing but the broker can tell the lag.
    const stuck: EventHandlerFn = async (data, context) => {
      await released;
      await recordEffect()(data, context);
    };
    await fixture.consumer({ handlers: new Map([[EVENT_TYPE, stuck]]), lagRefreshMs: 300 }).start();
    const relay = fixture.relay();

    await appendEvents(fixture, Array.from({ length: 10 }, (_, i) => testEvent(`case-${i}`, 1, fixture.topic)));
    await relay.drain();
    await waitFor('lag of the first 10 events', async () => (await reportedLag()) === 10, { timeoutMs: 30_000 });

    await appendEvents(fixture, Array.from({ length: 5 }, (_, i) => testEvent(`case-${i}`, 2, fixture.topic)));
    await relay.drain();
    await waitFor('lag grown to 15 without a batch processed', async () => (await reportedLag()) === 15, { timeoutMs: 30_000 });
    expect(await fixture.effects()).toHaveLength(0);

    release();
    await waitFor('every event applied', async () => (await fixture.effects()).length === 15, { timeoutMs: 60_000 });
    await waitFor('lag back to zero once the offsets are committed', async () => (await reportedLag()) === 0, { timeoutMs: 30_000 });
    const partitions = (await messagingMetrics().consumerLag.get()).values.filter((v) => v.labels.group === fixture.group).map((v) => v.labels.topic);
    expect(new Set(partitions)).toEqual(new Set([fixture.topic, `${fixture.topic}.${fixture.group}.retry`]));
  });
});
