import type { CaseWithdrawn } from '@collections/contracts';
import { TcpProxy, waitFor } from '@collections/testing';
import { createDataSource } from '@collections/persistence';
import type { DataSource } from 'typeorm';
import { appendEvents, createMessagingFixture, recordEffect, sequenceOf, testEvent, EVENT_TYPE, type MessagingFixture } from './fixtures/messaging-fixture';
import type { EventHandlerFn } from '../src';

/** Longer than the 6 s session timeout the slow-handler test's consumers use. */
const SLOW_HANDLER_MS = 9_000;

describe('consumer resilience (real PostgreSQL and Kafka)', () => {
  let fixture: MessagingFixture;

  afterEach(() => fixture.close());

  it('applies a message after the database comes back, neither skipping nor dead-lettering it', async () => {
    fixture = await createMessagingFixture('dbdown', 1);
    const proxy = await TcpProxy.start({ host: '127.0.0.1', port: 5432 });
    const proxiedUrl = fixture.database.url.replace(':5432/', `:${proxy.port}/`);
    const consumerDb: DataSource = await createDataSource({ url: proxiedUrl, poolSize: 2 }).initialize();
    const failures: string[] = [];
    let outageStarted = false;
    const handler: EventHandlerFn = async (data, context) => {
      if (!outageStarted) {
        outageStarted = true;
        // The database becomes unreachable in the middle of handling.
        proxy.block();
        proxy.cutConnections();
      }
      await recordEffect()(data, context);
    };
    const outcomes: string[] = [];
    await fixture
      .consumer({
        dataSource: consumerDb,
        handlers: new Map([[EVENT_TYPE, handler]]),
        maxAttempts: 2,
        log: (_level, _message, ids) => failures.push(String(ids.classification)),
        onOutcome: (outcome) => outcomes.push(outcome),
      })
      .start();
    await appendEvents(fixture, [testEvent('case-db', 1, fixture.topic), testEvent('case-db', 2, fixture.topic)]);
    await fixture.relay().drain();

    // More failed attempts than maxAttempts: transient errors are never given up on.
    await waitFor('several transient failures', () => failures.length >= 4, { timeoutMs: 60_000 });
    expect(new Set(failures)).toEqual(new Set(['transient']));
    expect(await fixture.effects()).toHaveLength(0);

    proxy.unblock();
    await waitFor('both events applied after the outage', async () => (await fixture.effects()).length === 2, { timeoutMs: 60_000 });
    expect((await fixture.effects()).map((e) => e.sequence)).toEqual([1, 2]);
    expect(outcomes).toEqual(['applied', 'applied']);
    const [{ count }] = await fixture.dataSource.query('SELECT count(*)::int AS count FROM dead_letters');
    expect(count).toBe(0);
    await consumerDb.destroy();
    await proxy.close();
  });

  it('applies nothing twice with a handler slower than the session timeout while consumers scale 1 → 3 → 1', async () => {
    fixture = await createMessagingFixture('scale', 6);
    const slowSequence = 5;
    const handlerFor = (name: string): EventHandlerFn => async (data, context) => {
      const event = data as CaseWithdrawn;
      if (event.caseId === 'case-0' && sequenceOf(event) === slowSequence) {
        await new Promise((resolve) => setTimeout(resolve, SLOW_HANDLER_MS));
      }
      await recordEffect(name)(data, context);
    };
    const consumerOptions = (name: string) => ({
      handlers: new Map([[EVENT_TYPE, handlerFor(name)]]),
      sessionTimeoutMs: 6_000,
      heartbeatIntervalMs: 500,
      chunkSize: 10,
    });
    const first = fixture.consumer(consumerOptions('first'));
    await first.start();
    await fixture.relay().start();

    const keys = Array.from({ length: 24 }, (_, i) => `case-${i}`);
    const perKey = 15;
    let produced = 0;
    const produce = async (from: number, to: number) => {
      for (let sequence = from; sequence <= to; sequence++) {
        await appendEvents(fixture, keys.map((key) => testEvent(key, sequence, fixture.topic)));
        produced += keys.length;
      }
    };
    await produce(1, 5);
    await waitFor('first consumer busy', async () => (await fixture.effects()).length >= 20);

    const second = fixture.consumer(consumerOptions('second'));
    const third = fixture.consumer(consumerOptions('third'));
    await Promise.all([second.start(), third.start()]);
    await produce(6, 10);
    await waitFor('all three consumers applied something', async () => {
      const names = new Set((await fixture.effects()).map((e) => e.consumer));
      return names.size === 3;
    }, { timeoutMs: 90_000 });

    await Promise.all([second.stop(), third.stop()]);
    await produce(11, perKey);
    await waitFor('every event applied', async () => (await fixture.effects()).length >= produced, { timeoutMs: 120_000 });

    const effects = await fixture.effects();
    expect(effects).toHaveLength(keys.length * perKey);
    expect(new Set(effects.map((e) => e.event_id)).size).toBe(effects.length);
    for (const key of keys) {
      const sequences = effects.filter((e) => e.case_id === key).map((e) => e.sequence);
      expect({ key, sequences }).toEqual({ key, sequences: Array.from({ length: perKey }, (_, i) => i + 1) });
    }
  });
});
