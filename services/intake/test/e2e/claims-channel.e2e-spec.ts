import { create } from '@bufbuild/protobuf';
import { ClaimSubmittedSchema, InvoiceSchema } from '@collections/contracts';
import { testKafka, uniqueName, waitFor } from '@collections/testing';
import type { Consumer, Producer } from 'kafkajs';
import request from 'supertest';
import { INBOUND_TOPIC, listenForOutcomes, sampleClaim, submitClaim, type ClaimOutcome } from '../../examples/claim-producer';
import { createCreditor, OPERATOR, startIntake, watchCaseOpened, type IntakeApp } from '../support/intake-app';

describe('claims from intake channels on Kafka (real PostgreSQL and Kafka)', () => {
  let intake: IntakeApp;
  let events: Awaited<ReturnType<typeof watchCaseOpened>>;
  let producer: Producer;
  let consumer: Consumer;
  const outcomes: ClaimOutcome[] = [];
  const channelId = uniqueName('acme-sap').toLowerCase();
  let creditor: Awaited<ReturnType<typeof createCreditor>>;
  let otherCreditor: Awaited<ReturnType<typeof createCreditor>>;

  const outcomeOf = (claimId: string) => waitFor(`the answer to ${claimId}`, () => outcomes.find((o) => o.event.claimId === claimId), { timeoutMs: 30_000 });

  beforeAll(async () => {
    intake = await startIntake();
    events = await watchCaseOpened();
    creditor = await createCreditor(intake, 'Acme');
    otherCreditor = await createCreditor(intake, 'Not served by the channel');
    await request(intake.app.getHttpServer()).put('/ops/channels').set(OPERATOR).send({ channelId, name: 'Acme SAP', creditorIds: [creditor.creditorId] }).expect(200);
    const kafka = testKafka();
    producer = kafka.producer();
    consumer = kafka.consumer({ groupId: uniqueName('channel-outcomes') });
    await Promise.all([producer.connect(), consumer.connect()]);
    await listenForOutcomes(consumer, channelId, (outcome) => outcomes.push(outcome));
  }, 60_000);
  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await events?.stop();
    await intake?.close();
  });

  it('opens a case for a valid claim and answers ClaimAccepted with the case id', async () => {
    const claim = sampleClaim(channelId, creditor.creditorId, 'CH-1');
    await submitClaim(producer, claim);

    const outcome = await outcomeOf(claim.claimId!);

    expect(outcome.accepted).toBe(true);
    const caseId = outcome.accepted ? outcome.event.caseId : '';
    const [opened] = await waitFor('CaseOpened', () => events.opened(creditor.creditorId).find((e) => e.caseId === caseId) && events.opened(creditor.creditorId));
    expect(opened).toMatchObject({ caseId, claimId: claim.claimId, creditorReference: 'CH-1' });
    const viewed = await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}`).set(creditor.auth).expect(200);
    expect(viewed.body).toMatchObject({ route: 'channel', claimId: claim.claimId });
  });

  it('rejects an invalid claim with every field in the contract naming, changes nothing, and keeps flowing', async () => {
    const bad = sampleClaim(channelId, creditor.creditorId, 'CH-BAD');
    bad.accountingSheet!.invoices![0].dueDate = '2999-01-01';
    bad.accountingSheet!.invoices!.push(create(InvoiceSchema, { number: 'F-2', issueDate: '2026-06-01', dueDate: '2026-07-01', principal: { amountMinor: 100n, currency: 'USD' } }));
    const good = sampleClaim(channelId, creditor.creditorId, 'CH-AFTER-BAD');
    await submitClaim(producer, bad);
    await submitClaim(producer, good);

    const rejected = await outcomeOf(bad.claimId!);
    const accepted = await outcomeOf(good.claimId!);

    expect(rejected.accepted).toBe(false);
    expect(rejected.event).toMatchObject({ creditorReference: 'CH-BAD' });
    expect(!rejected.accepted && rejected.event.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'accounting_sheet.invoices[0].due_date:NOT_YET_DUE',
      'accounting_sheet.invoices[1].principal.currency:CURRENCY_MISMATCH',
    ]);
    expect(accepted.accepted).toBe(true);
    const refs = await intake.dataSource.query(`SELECT creditor_reference FROM cases WHERE creditor_id = $1 AND creditor_reference LIKE 'CH-%BAD%'`, [creditor.creditorId]);
    expect(refs.map((r: { creditor_reference: string }) => r.creditor_reference)).toEqual(['CH-AFTER-BAD']);
  });

  it('rejects a claim from an unregistered channel and one for a creditor the channel does not serve', async () => {
    const stranger = sampleClaim('unregistered-channel', creditor.creditorId, 'CH-STRANGER');
    const foreign = sampleClaim(channelId, otherCreditor.creditorId, 'CH-FOREIGN');
    const outsider: ClaimOutcome[] = [];
    const listener = testKafka().consumer({ groupId: uniqueName('stranger-outcomes') });
    await listener.connect();
    await listenForOutcomes(listener, 'unregistered-channel', (outcome) => outsider.push(outcome));
    await submitClaim(producer, stranger);
    await submitClaim(producer, foreign);

    const foreignOutcome = await outcomeOf(foreign.claimId!);
    const strangerOutcome = await waitFor('the stranger answer', () => outsider.find((o) => o.event.claimId === stranger.claimId), { timeoutMs: 30_000 });
    await listener.disconnect();

    expect(!foreignOutcome.accepted && foreignOutcome.event.errors.map((e) => e.code)).toEqual(['CREDITOR_NOT_SERVED']);
    expect(!strangerOutcome.accepted && strangerOutcome.event.errors.map((e) => e.code)).toEqual(['CHANNEL_NOT_REGISTERED']);
    const [{ count }] = await intake.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE creditor_reference IN ('CH-STRANGER', 'CH-FOREIGN')`);
    expect(count).toBe(0);
  });

  it('answers a claim id once, and a new claim repeating an accepted case is accepted with the same case', async () => {
    const claim = sampleClaim(channelId, creditor.creditorId, 'CH-TWICE');
    await submitClaim(producer, claim);
    await submitClaim(producer, claim);
    const again = { ...claim, claimId: `${claim.claimId}-resent` };
    await submitClaim(producer, again);

    const first = await outcomeOf(claim.claimId!);
    const second = await outcomeOf(again.claimId);
    await waitFor('both claims recorded', async () => (await intake.dataSource.query(`SELECT 1 FROM channel_claims WHERE creditor_reference = 'CH-TWICE'`)).length === 2);

    expect(outcomes.filter((o) => o.event.claimId === claim.claimId)).toHaveLength(1);
    expect(first.accepted && second.accepted && first.event.caseId === second.event.caseId).toBe(true);
  });

  it('rejects an undecodable claim, keyed by its claim id, and later claims still flow', async () => {
    const claimId = `claim-garbage-${Date.now()}`;
    await producer.send({
      topic: INBOUND_TOPIC,
      messages: [{ key: claimId, value: Buffer.from([0xff, 0xff, 0xff, 0x01]), headers: { ce_specversion: '1.0', ce_id: uniqueName('evt'), ce_source: '/channels/broken', ce_type: ClaimSubmittedSchema.typeName } }],
    });
    const after = sampleClaim(channelId, creditor.creditorId, 'CH-AFTER-GARBAGE');
    await submitClaim(producer, after);

    expect((await outcomeOf(after.claimId!)).accepted).toBe(true);
    const garbage = await waitFor('a ClaimRejected keyed by the broken claim id', async () =>
      (await intake.dataSource.query(`SELECT event_type FROM outbox_messages WHERE message_key = $1`, [claimId])).map((r: { event_type: string }) => r.event_type)[0],
    );
    expect(garbage).toBe('collections.v1.ClaimRejected');
  });
});
