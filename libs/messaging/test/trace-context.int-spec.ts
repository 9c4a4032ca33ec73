import { trace } from '@opentelemetry/api';
import { startTracing, type TracingHandle } from '@collections/observability';
import { collectMessages, waitFor } from '@collections/testing';
import { appendEvents, createMessagingFixture, recordEffect, testEvent, EVENT_TYPE, type MessagingFixture } from './fixtures/messaging-fixture';

describe('W3C trace context across Kafka (CloudEvents distributed-tracing extension)', () => {
  let fixture: MessagingFixture;
  let tracing: TracingHandle;

  beforeAll(() => {
    tracing = startTracing({ serviceName: 'messaging-test' });
  });
  afterAll(() => tracing.shutdown());
  beforeEach(async () => {
    fixture = await createMessagingFixture('trace', 1);
  });
  afterEach(() => fixture.close());

  it('puts the active trace in ce_traceparent and continues it in the consumer', async () => {
    const seenTraceIds: string[] = [];
    await fixture
      .consumer({
        handlers: new Map([[EVENT_TYPE, async (data, context) => {
          seenTraceIds.push(trace.getActiveSpan()?.spanContext().traceId ?? 'none');
          await recordEffect()(data, context);
        }]]),
      })
      .start();
    const collector = await collectMessages([fixture.topic]);

    const traceId = await trace.getTracer('test').startActiveSpan('submit case', async (span) => {
      await appendEvents(fixture, [testEvent('case-traced', 1, fixture.topic)]);
      span.end();
      return span.spanContext().traceId;
    });
    await fixture.relay().drain();

    const [published] = await waitFor('the event', () => collector.received.length === 1 && collector.received);
    await collector.stop();
    expect(published.header('ce_traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
    await waitFor('handled', () => seenTraceIds.length === 1);
    expect(seenTraceIds).toEqual([traceId]);
  });
});
