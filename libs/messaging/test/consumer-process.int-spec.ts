import { createMessagingFixture, appendEvents, testEvent, type MessagingFixture } from './fixtures/messaging-fixture';
import { spawnConsumerApp, type ChildApp } from './fixtures/child-app';
import { testBrokers, waitFor } from '@collections/testing';

describe('consumer processes killed and stopped (real PostgreSQL and Kafka)', () => {
  let fixture: MessagingFixture;
  const apps: ChildApp[] = [];

  beforeEach(async () => {
    fixture = await createMessagingFixture('process', 1);
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) if (app.process.exitCode === null) app.process.kill('SIGKILL');
    await fixture.close();
  });

  const start = async (env: Record<string, string> = {}) => {
    const app = spawnConsumerApp({
      DATABASE_URL: fixture.database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      TOPIC: fixture.topic,
      GROUP: fixture.group,
      ...env,
    });
    apps.push(app);
    await app.waitForLine('app ready', (line) => line.step === 'ready');
    return app;
  };

  it('applies an event exactly once when the consumer is SIGKILLed after its database commit and before its offset commit', async () => {
    // The app SIGKILLs itself right after the transaction commits, before the offset is resolved.
    const first = await start({ SIGKILL_AFTER_APPLY: 'true' });
    await appendEvents(fixture, [testEvent('case-kill', 1, fixture.topic)]);
    await fixture.relay().drain();
    await first.waitForLine('applied', (line) => line.outcome === 'applied');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(await fixture.effects()).toHaveLength(1);

    const second = await start();
    const redelivered = await second.waitForLine('redelivered', (line) => line.step === 'outcome');
    expect(redelivered.outcome).toBe('duplicate');
    expect(await fixture.effects()).toHaveLength(1);
  });

  it('on SIGTERM finishes the message in flight, flushes, closes the database last and exits within the grace period', async () => {
    const app = await start({ SLOW_MS: '3000' });
    await appendEvents(fixture, [testEvent('case-term', 1, fixture.topic)]);
    await fixture.relay().drain();
    await app.waitForLine('handling', (line) => line.step === 'handling');

    const signalledAt = Date.now();
    app.process.kill('SIGTERM');
    const exit = await app.exited;
    expect(exit.at - signalledAt).toBeLessThan(15_000);
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);

    const messages = app.lines.filter((line) => line.step === 'log').map((line) => JSON.stringify(line.message));
    const flushed = messages.findIndex((m) => m.includes('consumer stopped and outbox flushed'));
    const closed = messages.findIndex((m) => m.includes('database connections closed'));
    expect(flushed).toBeGreaterThanOrEqual(0);
    expect(closed).toBeGreaterThan(flushed);

    // Completed in flight, or redelivered to the next consumer: applied exactly once either way.
    const completed = app.lines.some((line) => line.outcome === 'applied');
    if (!completed) {
      const next = await start();
      await next.waitForLine('applied after restart', (line) => line.outcome === 'applied');
    }
    await waitFor('one effect', async () => (await fixture.effects()).length === 1);
    expect(await fixture.effects()).toHaveLength(1);
  });
});
