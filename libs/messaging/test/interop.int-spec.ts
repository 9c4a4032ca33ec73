import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { CloudEvent, Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import { CaseWithdrawnSchema } from '@collections/contracts';
import { collectMessages, testBrokers, waitFor } from '@collections/testing';
import { encodeEvent } from '../src';
import { appendEvents, createMessagingFixture, testEvent, type MessagingFixture } from './fixtures/messaging-fixture';

describe('interoperability with code we did not write (kcat, CloudEvents SDK)', () => {
  let fixture: MessagingFixture;

  beforeEach(async () => {
    fixture = await createMessagingFixture('interop', 1);
  });
  afterEach(() => fixture.close());

  it('consumes a message produced by kcat with CloudEvents headers', async () => {
    const outcomes: string[] = [];
    await fixture.consumer({ onOutcome: (outcome) => outcomes.push(outcome) }).start();
    const dir = mkdtempSync(join(tmpdir(), 'kcat-'));
    const payload = join(dir, 'payload.bin');
    writeFileSync(payload, encodeEvent(CaseWithdrawnSchema, { caseId: 'case-kcat', creditorId: 'creditor-9', reason: '1' }));
    const eventId = randomUUID();
    // Each file argument is sent as one message, so binary protobuf needs no delimiter.
    execFileSync('kcat', [
      '-P', '-b', testBrokers().join(','), '-t', fixture.topic, '-k', 'case-kcat',
      '-H', `ce_id=${eventId}`, '-H', 'ce_source=/partners/erp', '-H', 'ce_type=collections.v1.CaseWithdrawn',
      '-H', 'ce_specversion=1.0', '-H', 'ce_time=2026-02-01T10:00:00Z', '-H', 'content-type=application/protobuf',
      payload,
    ]);

    await waitFor('the kcat message applied', () => outcomes.includes('applied'));
    expect(await fixture.effects()).toEqual([{ event_id: eventId, case_id: 'case-kcat', sequence: 1, consumer: '' }]);
  });

  it('publishes messages that the cloudevents SDK Kafka binding parses as valid binary-mode events', async () => {
    const collector = await collectMessages([fixture.topic]);
    await appendEvents(fixture, [testEvent('case-sdk', 3, fixture.topic)]);
    await fixture.relay().drain();
    const [received] = await waitFor('the event', () => collector.received.length === 1 && collector.received);
    await collector.stop();

    const headers = Object.fromEntries(
      Object.entries(received.message.headers ?? {}).map(([name, value]) => [name, String(value)]),
    );
    const message: KafkaMessage<Buffer> = {
      headers,
      key: received.message.key!.toString(),
      value: received.message.value!,
      body: received.message.value!,
      timestamp: received.message.timestamp,
    };
    const single = CloudEventsKafka.toEvent(message) as CloudEvent<Buffer>;
    expect(single).toBeInstanceOf(CloudEvent);
    expect(single.validate()).toBe(true);
    expect(single.type).toBe('collections.v1.CaseWithdrawn');
    expect(single.source).toBe('/collections/test');
    expect(single.subject).toBe('case-sdk');
    expect(single.datacontenttype).toBe('application/protobuf');
    expect((single as unknown as { partitionkey: string }).partitionkey).toBe('case-sdk');
    const data = fromBinary(CaseWithdrawnSchema, new Uint8Array(single.data as Buffer));
    expect(data.caseId).toBe('case-sdk');
    expect(data.reason).toBe('3');
  });
});
