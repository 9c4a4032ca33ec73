import { randomUUID } from 'node:crypto';
import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { ConsultantMessageSentSchema, CreditorMessageSentSchema, CreditorMessagesReadSchema } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { ObjectStore } from '@collections/object-store';
import { collectMessages, testKafka, waitFor, binaryBody } from '@collections/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { createCreditor, startIntake, type IntakeApp } from '../support/intake-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('messages between a creditor and its consultant (real PostgreSQL, Kafka and object store)', () => {
  let intake: IntakeApp;
  let producer: Producer;
  let creditor: Awaited<ReturnType<typeof createCreditor>>;
  let other: Awaited<ReturnType<typeof createCreditor>>;
  let collector: Awaited<ReturnType<typeof collectMessages>>;

  beforeAll(async () => {
    intake = await startIntake();
    creditor = await createCreditor(intake, 'Voltix Energy NV');
    other = await createCreditor(intake, 'Someone Else BV');
    producer = testKafka().producer();
    await producer.connect();
    collector = await collectMessages(['intake.cases.v1']);
  }, 60_000);
  afterAll(async () => {
    await collector?.stop();
    await producer?.disconnect();
    await intake?.close();
  });

  const http = () => request(intake.app.getHttpServer());
  const send = async <S extends DescMessage>(schema: S, key: string, data: Record<string, unknown>, id: string, time: Date) => {
    const headers = toKafkaHeaders({ id, source: '/collections/contact-center', type: schema.typeName, specversion: '1.0', time: time.toISOString(), subject: key });
    await producer.send({ topic: 'contact-center.interactions.v1', messages: [{ key, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };

  it('sends a message with a file as CreditorMessageSent, takes the reply and the read receipt back, and keeps both in the timeline', async () => {
    const caseId = (await http().post('/v1/cases').set(creditor.auth).send(aCaseFileInput()).expect(201)).body.id as string;

    const sent = await http().post(`/v1/cases/${caseId}/messages`).set(creditor.auth)
      .send({ body: '  Could you propose 6 instalments? <script>alert(1)</script> ', attachments: [{ fileName: 'Relevé "mars".pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') }] })
      .expect(201);
    expect(sent.body).toMatchObject({ caseId, direction: 'to-consultant', author: { role: 'creditor', name: 'API' }, body: 'Could you propose 6 instalments? <script>alert(1)</script>', readAt: null });
    const [file] = sent.body.attachments;
    expect(file).toEqual({ id: expect.any(String), fileName: 'Relevé "mars".pdf', contentType: 'application/pdf', sizeBytes: PDF.length });

    // The event contact-center turns into a task: the file travels as a reference to the shared store.
    await waitFor('CreditorMessageSent', async () => collector.received.some((m) => m.header('ce_type') === CreditorMessageSentSchema.typeName && m.message.key?.toString() === caseId));
    const event = fromBinary(CreditorMessageSentSchema, collector.received.find((m) => m.header('ce_type') === CreditorMessageSentSchema.typeName && m.message.key?.toString() === caseId)!.message.value!);
    expect(event).toMatchObject({ caseId, creditorId: creditor.creditorId, messageId: sent.body.id, authorName: 'API' });
    expect(event.attachments[0]).toMatchObject({ documentId: file.id, objectKey: `messages/${caseId}/${file.id}`, sizeBytes: BigInt(PDF.length) });
    expect((await intake.app.get(ObjectStore).get(event.attachments[0]!.objectKey))?.body.equals(PDF)).toBe(true);

    const download = await http().get(`/v1/cases/${caseId}/messages/${sent.body.id}/attachments/${file.id}`).set(creditor.auth).buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Relev_ _mars_.pdf"; filename*=UTF-8''${encodeURIComponent('Relevé "mars".pdf')}`);

    // The consultant reads it and answers, a minute and two after it was sent; every event arrives twice.
    const readAt = new Date(Date.now() + 60_000);
    const repliedAt = new Date(Date.now() + 120_000);
    const replyId = randomUUID();
    const reply = { caseId, messageId: replyId, inReplyTo: sent.body.id, agentId: 'agent-7', authorName: 'Claire Lambert', body: 'Yes, 6 instalments of EUR 250.', attachments: [] };
    const read = { caseId, messageIds: [sent.body.id], agentId: 'agent-7', readAt: timestampFromDate(readAt) };
    for (let i = 0; i < 2; i++) {
      await send(CreditorMessagesReadSchema, caseId, read, 'ev-read-' + caseId, readAt);
      await send(ConsultantMessageSentSchema, caseId, reply, 'ev-reply-' + caseId, repliedAt);
    }
    const thread = async () => (await http().get(`/v1/cases/${caseId}/messages`).set(creditor.auth).expect(200)).body.items;
    await waitFor('the reply and the read receipt', async () => {
      const items = await thread();
      return items.length === 2 && items[0].readAt !== null;
    });
    const [mine, theirs] = await thread();
    expect(mine).toMatchObject({ id: sent.body.id, readAt: readAt.toISOString() });
    expect(theirs).toMatchObject({ id: replyId, direction: 'to-creditor', author: { role: 'consultant', name: 'Claire Lambert' }, inReplyTo: sent.body.id, sentAt: repliedAt.toISOString(), readAt: null });

    await http().post(`/v1/cases/${caseId}/messages/read`).set(creditor.auth).expect(204);
    expect((await thread())[1].readAt).not.toBeNull();

    const timeline = (await http().get(`/v1/cases/${caseId}/timeline`).set(creditor.auth).expect(200)).body.entries as Array<{ kind: string; by: string; details: Record<string, unknown> }>;
    const messages = timeline.filter((entry) => entry.kind.startsWith('MESSAGE_'));
    expect(messages.map((entry) => [entry.kind, entry.by])).toEqual([['MESSAGE_TO_CONSULTANT', 'creditor'], ['MESSAGE_FROM_CONSULTANT', 'agent']]);
    expect(JSON.stringify(messages)).not.toContain('objectKey');
  });

  it('answers 404 for another creditor’s thread, message and file, and names every refused field', async () => {
    const caseId = (await http().post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'ACME-MSG-2' })).expect(201)).body.id as string;
    const sent = (await http().post(`/v1/cases/${caseId}/messages`).set(creditor.auth).send({ body: 'hello', attachments: [{ fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') }] }).expect(201)).body;

    await http().get(`/v1/cases/${caseId}/messages`).set(other.auth).expect(404);
    await http().post(`/v1/cases/${caseId}/messages`).set(other.auth).send({ body: 'sneaky' }).expect(404);
    await http().post(`/v1/cases/${caseId}/messages/read`).set(other.auth).expect(404);
    await http().get(`/v1/cases/${caseId}/messages/${sent.id}/attachments/${sent.attachments[0].id}`).set(other.auth).expect(404);

    const refused = await http().post(`/v1/cases/${caseId}/messages`).set(creditor.auth)
      .send({ body: ' ', attachments: [{ fileName: '../../etc/passwd', contentType: 'application/pdf', contentBase64: PDF.toString('base64') }, { fileName: 'fake.png', contentType: 'image/png', contentBase64: PDF.toString('base64') }] })
      .expect(422);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['body:EMPTY', 'attachments[0].fileName:INVALID_FILE_NAME', 'attachments[1].content:TYPE_MISMATCH']);
    expect((await http().get(`/v1/cases/${caseId}/messages`).set(creditor.auth).expect(200)).body.items).toHaveLength(1);
  });
});
