import { randomUUID } from 'node:crypto';
import { ContactOutcomeRecordedSchema, ContactResult } from '@collections/contracts';
import { OPERATOR, startContactCenterApp, type ContactCenterApp } from '../support/contact-center-app';

describe('work queues: tasks leased to one agent, outcomes (real PostgreSQL and Kafka)', () => {
  let center: ContactCenterApp;

  beforeAll(async () => {
    center = await startContactCenterApp();
  }, 60_000);
  afterAll(() => center?.close());

  const next = (auth: { Authorization: string }) => center.http().post('/v1/agent/tasks/next').set(auth);

  it('never hands the same task to two agents asking at the same time', async () => {
    const caseIds = await Promise.all(Array.from({ length: 6 }, () => center.openCase({ country: 'NL', language: 'nl' })));
    await Promise.all(caseIds.map((caseId) => center.requestCall(caseId, { language: 'nl-NL' })));
    const [first, second] = [await center.agent({ countries: ['NL'], languages: ['nl'] }), await center.agent({ countries: ['NL'], languages: ['nl'] })];

    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => next(i % 2 === 0 ? first.auth : second.auth)));
    const handedOut = answers.filter((answer) => answer.status === 200).map((answer) => answer.body.taskId as string);
    expect(handedOut).toHaveLength(6);
    expect(new Set(handedOut).size).toBe(6);
    expect(answers.filter((answer) => answer.status === 204)).toHaveLength(2);
  });

  it('gives an abandoned task to another agent once its lease runs out, and refuses the first agent\'s late outcome', async () => {
    const caseId = await center.openCase({ country: 'FR', language: 'fr' });
    await center.requestCall(caseId);
    const [slow, other] = [await center.agent({ countries: ['FR'], languages: ['fr'] }), await center.agent({ countries: ['FR'], languages: ['fr'] })];
    const task = (await next(slow.auth).expect(200)).body;
    await next(other.auth).expect(204);

    await center.advance('11m');
    const again = (await next(other.auth).expect(200)).body;
    expect(again.taskId).toBe(task.taskId);
    const late = await center.http().post(`/v1/agent/tasks/${task.taskId}/outcome`).set(slow.auth).send({ result: 'NO_ANSWER', minutesSpent: 2 });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CONTACT_CENTER.TASK_NOT_HELD');
  });

  it('records a promise to pay as ContactOutcomeRecorded, with the note only when marked for the creditor, and the task is done', async () => {
    const caseId = await center.openCase({ country: 'ES', language: 'es' });
    const actionId = await center.requestCall(caseId, { language: 'es' });
    const agent = await center.agent({ countries: ['ES'], languages: ['es'] });
    const task = (await next(agent.auth).expect(200)).body;
    expect(task).toMatchObject({ caseId, kind: 'CALL', language: 'es', details: expect.objectContaining({ phones: ['+32470123456'] }) });

    const payBy = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await center.http().post(`/v1/agent/tasks/${task.taskId}/outcome`).set(agent.auth)
      .send({ result: 'PROMISE_TO_PAY', promise: { amount: { amountMinor: '25000', currency: 'EUR' }, payBy }, note: 'Will pay after payday.', noteForCreditor: true, minutesSpent: 6 })
      .expect(201);
    const [outcome] = await center.published(ContactOutcomeRecordedSchema, caseId);
    expect(outcome).toMatchObject({ actionId, agentId: agent.id, result: ContactResult.PROMISE_TO_PAY, note: 'Will pay after payday.', promise: expect.objectContaining({ payBy }) });
    expect(outcome!.promise!.amount!.amountMinor).toBe(25_000n);
    await next(agent.auth).expect(204);

    const inbound = await center.openCase({ country: 'ES', language: 'es' });
    await center.http().post(`/v1/agent/cases/${inbound}/interactions`).set(agent.auth).send({ result: 'REACHED', note: 'internal remark', minutesSpent: 3 }).expect(201);
    expect((await center.published(ContactOutcomeRecordedSchema, inbound))[0]).toMatchObject({ note: '', actionId: '' });
  });

  it('refuses an outcome that makes no sense, naming the field', async () => {
    const caseId = await center.openCase();
    const agent = await center.agent();
    const past = await center.http().post(`/v1/agent/cases/${caseId}/interactions`).set(agent.auth)
      .send({ result: 'PROMISE_TO_PAY', promise: { amount: { amountMinor: '1000', currency: 'EUR' }, payBy: '2020-01-01' }, minutesSpent: 1 });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringContaining('payBy') })]));
    const unknownKey = await center.http().post('/v1/agent/tasks/next').set({ Authorization: 'Bearer ag_0000000000000000.nope' });
    expect(unknownKey.status).toBe(401);
    await center.http().post('/ops/agents').send({ name: 'x', role: 'agent', countries: ['BE'], languages: ['fr'] }).expect(401);
    await center.http().post('/ops/agents').set(OPERATOR).send({ name: 'x', role: 'boss', countries: ['BE'], languages: ['fr'] }).expect(400);
  });

  it('keeps a call request that overtook its case, and queues it once the case arrives', async () => {
    const caseId = randomUUID();
    await center.requestCall(caseId, { language: 'de' });
    const agent = await center.agent({ countries: ['DE'], languages: ['de'] });
    await next(agent.auth).expect(204);
    await center.openCase({ caseId, country: 'DE', language: 'de' });
    expect((await next(agent.auth).expect(200)).body).toMatchObject({ caseId, kind: 'CALL', language: 'de' });
  });
});
