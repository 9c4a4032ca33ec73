import { randomUUID } from 'node:crypto';
import { ConsultantMessageSentSchema, CreditorMessageSentSchema, CreditorMessagesReadSchema } from '@collections/contracts';
import { ObjectStore } from '@collections/object-store';
import { waitFor, binaryBody } from '@collections/testing';
import { startContactCenterApp, type ContactCenterApp } from '../support/contact-center-app';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe("a creditor's message becomes the consultant's task, and the answer goes back (real PostgreSQL, Kafka and object store)", () => {
  let center: ContactCenterApp;
  let agent: Awaited<ReturnType<ContactCenterApp['agent']>>;

  beforeAll(async () => {
    center = await startContactCenterApp();
    // A market no other suite uses: suites share the broker, and other suites' cases queue tasks too.
    agent = await center.agent({ countries: ['LU'], languages: ['lb'] });
  }, 60_000);
  afterAll(() => center?.close());

  it('queues the message once, marks it read when the thread is opened, and finishes the task with the reply', async () => {
    const caseId = await center.openCase({ country: 'LU', language: 'lb-LU' });
    const messageId = randomUUID();
    const attachmentId = randomUUID();
    const objectKey = `messages/${caseId}/${attachmentId}`;
    // Intake stores the file before it publishes the message.
    await center.app.get(ObjectStore).put(objectKey, PDF, { contentType: 'application/pdf', fileName: 'notes.pdf' });
    const message = {
      caseId, creditorId: randomUUID(), messageId, authorName: 'Marie Dupont', body: 'The debtor called us: can you offer 6 instalments?',
      attachments: [{ documentId: attachmentId, fileName: 'notes.pdf', contentType: 'application/pdf', sizeBytes: BigInt(PDF.length), objectKey }],
    };
    await center.send('intake.cases.v1', CreditorMessageSentSchema, caseId, message);
    await center.send('intake.cases.v1', CreditorMessageSentSchema, caseId, message);
    await waitFor('the message task', async () => (await center.dataSource.query(`SELECT 1 FROM tasks WHERE action_id = $1`, [messageId])).length > 0);

    const task = (await center.http().post('/v1/agent/tasks/next').set(agent.auth).expect(200)).body;
    expect(task).toMatchObject({ caseId, kind: 'CREDITOR_MESSAGE', language: 'lb', details: { messageId, from: 'Marie Dupont', attachments: 1 } });

    const thread = (await center.http().get(`/v1/agent/cases/${caseId}/messages`).set(agent.auth).expect(200)).body.items;
    expect(thread).toEqual([expect.objectContaining({ id: messageId, from: 'creditor', body: message.body, readAt: expect.any(String), attachments: [expect.objectContaining({ id: attachmentId, fileName: 'notes.pdf' })] })]);
    const file = await center.http().get(`/v1/agent/cases/${caseId}/messages/${messageId}/attachments/${attachmentId}`).set(agent.auth).buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    // Opening the thread again reads nothing new: one receipt only.
    await center.http().get(`/v1/agent/cases/${caseId}/messages`).set(agent.auth).expect(200);

    const reply = (await center.http().post(`/v1/agent/cases/${caseId}/messages`).set(agent.auth)
      .send({ body: 'Yes: 6 instalments of EUR 250 fit the debtor’s budget.', inReplyTo: messageId, attachments: [{ fileName: 'budget.pdf', mediaType: 'application/pdf', contentBase64: PDF.toString('base64') }] })
      .expect(201)).body;
    expect(reply).toMatchObject({ from: 'consultant', inReplyTo: messageId });

    const [sent] = await center.published(ConsultantMessageSentSchema, caseId);
    expect(sent).toMatchObject({ caseId, messageId: reply.id, inReplyTo: messageId, agentId: agent.id, body: reply.body });
    expect((await center.app.get(ObjectStore).get(sent!.attachments[0]!.objectKey))?.body.equals(PDF)).toBe(true);
    expect(await center.published(CreditorMessagesReadSchema, caseId)).toEqual([expect.objectContaining({ caseId, messageIds: [messageId], agentId: agent.id })]);
    expect((await center.dataSource.query(`SELECT state FROM tasks WHERE action_id = $1`, [messageId]))[0].state).toBe('done');
    expect((await center.dataSource.query(`SELECT count(*)::int AS n FROM case_messages WHERE case_id = $1`, [caseId]))[0].n).toBe(2);
  });

  it('refuses a reply to a message that is not the creditor’s, and an empty one, by field', async () => {
    const caseId = await center.openCase();
    const refused = await center.http().post(`/v1/agent/cases/${caseId}/messages`).set(agent.auth).send({ body: 'x', inReplyTo: randomUUID() }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'inReplyTo', code: 'UNKNOWN_MESSAGE' })]);
    const empty = await center.http().post(`/v1/agent/cases/${caseId}/messages`).set(agent.auth).send({ body: '  ' }).expect(422);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'EMPTY' })]);
    await center.http().get(`/v1/agent/cases/${randomUUID()}/messages`).set(agent.auth).expect(404);
  });
});
