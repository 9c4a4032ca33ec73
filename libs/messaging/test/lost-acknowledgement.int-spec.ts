import { CaseWithdrawnSchema } from '@collections/contracts';
import { fromBinary } from '@bufbuild/protobuf';
import { startKafka, type KafkaCluster } from '@collections/local-kafka';
import { collectMessages, TcpProxy, waitFor } from '@collections/testing';
import { appendEvents, createMessagingFixture, testEvent, type MessagingFixture } from './fixtures/messaging-fixture';

/**
 * A leader that appends (and replicates) a batch and dies before its answer reaches the producer
 * leaves the broker one batch ahead of the idempotent producer's sequence numbers. The next send is
 * a different batch (the relay sends everything unpublished), so the broker cannot take it for a
 * retry of the kept one and answers OUT_OF_ORDER_SEQUENCE_NUMBER; kafkajs never resynchronises, so
 * without recovery in KafkaPublisher the relay would fail that way for ever (seen in the broker-failure
 * test under load). Here the lost answer is made deterministic with a proxy that swallows the reply.
 */
describe('the broker kept a batch whose acknowledgement the relay never received', () => {
  let proxy: TcpProxy;
  let cluster: KafkaCluster;
  let fixture: MessagingFixture;

  beforeAll(async () => {
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: 9 }); // target set once the broker's port is known
    cluster = await startKafka({
      advertisedPort: (_nodeId, listenPort) => {
        proxy.setTarget({ host: '127.0.0.1', port: listenPort });
        return proxy.port;
      },
    });
  }, 120_000);
  afterAll(async () => {
    await fixture?.close();
    await cluster?.stop();
    await proxy?.close();
  });

  it('publishes everything after the lost acknowledgement, without an operator', async () => {
    fixture = await createMessagingFixture('lostack', 1, [proxy.address]);
    const relay = fixture.relay();
    const unpublished = async () =>
      ((await fixture.dataSource.query('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL')) as [{ n: number }])[0].n;

    await appendEvents(fixture, [testEvent('case-1', 1, fixture.topic)]);
    await relay.drain();

    // The broker appends event 2, its answer is lost, and the connection dies with it.
    proxy.dropReplies();
    await appendEvents(fixture, [testEvent('case-1', 2, fixture.topic)]);
    const lost = relay.drain();
    await waitFor('the broker answered the produce request', () => proxy.droppedReplyBytes > 0, { timeoutMs: 30_000 });
    proxy.block();
    proxy.cutConnections();
    await expect(lost).rejects.toThrow(); // kafkajs gave up on the unreachable broker
    expect(await unpublished()).toBe(1);

    // The broker is reachable again. The relay's next batch (events 2 and 3) differs from the kept one.
    await appendEvents(fixture, [testEvent('case-1', 3, fixture.topic)]);
    proxy.passReplies();
    proxy.unblock();
    const errors: string[] = [];
    // What the relay's poll does: another pass, and another, until nothing is left.
    await waitFor(
      'every event published',
      async () => {
        await relay.drain().catch((error: Error) => errors.push(`${error.name}: ${error.message}`));
        return (await unpublished()) === 0;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}; ${errors.length} failed passes, the last: ${errors.at(-1)}`);
    });
    // One failed pass: the broker refused the old producer's sequence, and the publisher took a new one.
    expect(errors).toEqual([expect.stringContaining("refused the producer's sequence (OUT_OF_ORDER_SEQUENCE_NUMBER)")]);

    const collector = await collectMessages([fixture.topic], [proxy.address]);
    const received = await waitFor('events on the topic', () => collector.received.length >= 4 && collector.received);
    await collector.stop();
    // Event 2 twice (the kept copy, then the resend): the consumers' inboxes apply it once.
    expect(received.map((m) => fromBinary(CaseWithdrawnSchema, m.message.value!).reason)).toEqual(['1', '2', '2', '3']);
  }, 180_000);
});
