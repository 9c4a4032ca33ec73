import { startKafka, type KafkaCluster } from '@collections/local-kafka';
import { waitFor } from '@collections/testing';

/** The fault: the broker stays down this long before it is restarted. */
const BROKER_DOWNTIME_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
import { appendEvents, createMessagingFixture, testEvent, type MessagingFixture } from './fixtures/messaging-fixture';

describe('one broker of three killed and restarted while producing and consuming', () => {
  let cluster: KafkaCluster;
  let fixture: MessagingFixture;

  beforeAll(async () => {
    cluster = await startKafka({ brokers: 3 });
  }, 180_000);
  afterAll(async () => {
    await fixture?.close();
    await cluster?.stop();
  });

  it('loses nothing, doubles nothing, and both sides recover on their own', async () => {
    fixture = await createMessagingFixture('brokers', 3, cluster.bootstrap.split(','));
    await fixture.consumer({ sessionTimeoutMs: 10_000 }).start();
    const relayErrors: string[] = [];
    await fixture.relay({ onError: (error) => relayErrors.push(`${(error as Error).name}: ${(error as Error).message}`) }).start();

    const keys = Array.from({ length: 10 }, (_, i) => `case-${i}`);
    let sequence = 0;
    let producing = true;
    const producer = (async () => {
      while (producing) {
        sequence += 1;
        await appendEvents(fixture, keys.map((key) => testEvent(key, sequence, fixture.topic)));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    await waitFor('traffic flowing', async () => (await fixture.effects()).length >= 100, { timeoutMs: 60_000 });
    const victim = cluster.brokers[1];
    await victim.kill('SIGKILL');
    await sleep(BROKER_DOWNTIME_MS);
    await victim.restart();
    await sleep(3 * 1_000); // keep producing while the restarted broker catches up
    producing = false;
    await producer;

    const expected = sequence * keys.length;
    const progress = async () => {
      const applied = (await fixture.effects()).length;
      const [{ backlog }] = await fixture.dataSource.query('SELECT count(*)::int AS backlog FROM outbox_messages WHERE published_at IS NULL');
      return { applied, expected, unpublished: backlog as number, failedRelayPasses: relayErrors.length, lastRelayError: relayErrors.at(-1) };
    };
    let last = await progress();
    await waitFor('every event applied', async () => (last = await progress()).applied >= expected, { timeoutMs: 120_000 }).catch((error: Error) => {
      throw new Error(`${error.message}; progress ${JSON.stringify(last)}`);
    });
    const effects = await fixture.effects();
    expect(effects).toHaveLength(expected);
    expect(new Set(effects.map((e) => e.event_id)).size).toBe(expected);
    for (const key of keys) {
      const sequences = effects.filter((e) => e.case_id === key).map((e) => e.sequence);
      expect({ key, inOrder: sequences.every((s, i) => s === i + 1), count: sequences.length }).toEqual({ key, inOrder: true, count: sequence });
    }
    const [{ backlog }] = await fixture.dataSource.query('SELECT count(*)::int AS backlog FROM outbox_messages WHERE published_at IS NULL');
    expect(backlog).toBe(0);
  }, 300_000);
});
