import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PaymentMethod, PaymentReceivedSchema } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { testKafka, waitFor } from '@collections/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { MAX_IN_FLIGHT_PER_SUBSCRIPTION } from '../../src/adapters/scheduling/webhook-dispatcher';
import { createCreditor, startIntake, type IntakeApp } from '../support/intake-app';

interface Received {
  body: string;
  signature: string;
  at: number;
}

/** A creditor's endpoint: answers with `answer()` (a status, or undefined to hang), keeps what it received. */
async function receiver(answer: () => number | undefined): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString(), signature: String(req.headers['x-collections-signature']), at: Date.now() });
      const status = answer();
      if (status === undefined) hanging.push(res);
      else res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: async () => {
      for (const res of hanging) res.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** What a creditor's receiver does: recompute the signature over the timestamp and the body. */
function verify(secret: string, received: Received): boolean {
  const [t, v1] = received.signature.split(',').map((part) => part.split('=')[1]);
  return v1 === createHmac('sha256', secret).update(`${t}.${received.body}`).digest('hex') && Math.abs(Date.now() / 1000 - Number(t)) < 300;
}

describe('webhooks: signed deliveries, retries with back-off, a log, replays (real PostgreSQL and Kafka)', () => {
  let intake: IntakeApp;
  let producer: Producer;

  beforeAll(async () => {
    intake = await startIntake({ WEBHOOK_DISPATCH_INTERVAL_MS: '200' });
    producer = testKafka().producer();
    await producer.connect();
  }, 60_000);
  afterAll(async () => {
    await producer?.disconnect();
    await intake?.close();
  });

  const server = () => intake.app.getHttpServer();
  const paymentFor = async (caseId: string) => {
    const data = { caseId, paymentId: randomUUID(), amount: { amountMinor: 5_000n, currency: 'EUR' }, method: PaymentMethod.CARD, valueDate: '2026-11-23', payerReference: '' };
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/test', type: PaymentReceivedSchema.typeName, specversion: '1.0', time: new Date().toISOString(), subject: caseId });
    await producer.send({ topic: 'payments.ledger.v1', messages: [{ key: caseId, value: Buffer.from(encodeEvent(PaymentReceivedSchema, data as never)), headers }] });
  };
  const setUp = async (name: string, url: string) => {
    const creditor = await createCreditor(intake, name);
    const caseId = (await request(server()).post('/v1/cases').set(creditor.auth).send(aCaseFileInput()).expect(201)).body.id as string;
    const subscription = (await request(server()).post('/v1/webhooks').set(creditor.auth).send({ url, kinds: ['PAYMENT_RECEIVED'] }).expect(201)).body as { id: string; secret: string };
    return { creditor, caseId, subscription };
  };

  it('delivers a signed event the receiver can verify, and a hanging receiver of another creditor delays nothing', async () => {
    const good = await receiver(() => 204);
    const hanging = await receiver(() => undefined);
    try {
      const slow = await setUp('Slow Receiver SA', hanging.url);
      const fast = await setUp('Fast Receiver SA', good.url);
      await paymentFor(slow.caseId);
      await waitFor('the hanging receiver got its delivery', () => hanging.received.length === 1);
      const sentAt = Date.now();
      await paymentFor(fast.caseId);

      await waitFor('the good receiver got its delivery', () => good.received.length === 1, { timeoutMs: 4_000 });
      expect(good.received[0]!.at - sentAt).toBeLessThan(4_000);
      expect(verify(fast.subscription.secret, good.received[0]!)).toBe(true);
      expect(verify('another secret', good.received[0]!)).toBe(false);
      expect(JSON.parse(good.received[0]!.body)).toMatchObject({ caseId: fast.caseId, kind: 'PAYMENT_RECEIVED', details: expect.objectContaining({ amount: { amountMinor: '5000', currency: 'EUR' } }) });

      const log = async () => (await request(server()).get(`/v1/webhooks/${slow.subscription.id}/deliveries`).set(slow.creditor.auth).expect(200)).body as Array<{ state: string; attempts: number; lastError: string | null }>;
      await waitFor('the hanging attempt timed out', async () => (await log())[0]?.attempts === 1, { timeoutMs: 10_000 });
      expect((await log())[0]).toMatchObject({ state: 'pending', lastError: 'no answer within 5000 ms' });
      await request(server()).get(`/v1/webhooks/${slow.subscription.id}/deliveries`).set(fast.creditor.auth).expect(404);
    } finally {
      await good.close();
      await hanging.close();
    }
  }, 30_000);

  it('gives a hanging receiver with a backlog only a few sending slots, so another creditor is not queued behind it', async () => {
    const good = await receiver(() => 204);
    const hanging = await receiver(() => undefined);
    try {
      const slow = await setUp('Backlog Receiver SA', hanging.url);
      const fast = await setUp('Prompt Receiver SA', good.url);
      // More events for the hanging receiver than the dispatcher has slots (32).
      for (let payment = 0; payment < 40; payment += 1) await paymentFor(slow.caseId);
      const pending = async () => Number((await intake.dataSource.query(`SELECT count(*) AS n FROM webhook_deliveries WHERE subscription_id = $1`, [slow.subscription.id]))[0].n);
      await waitFor('the backlog is queued', async () => (await pending()) === 40, { timeoutMs: 15_000 });
      await waitFor('the hanging receiver holds its first sends', () => hanging.received.length > 0);
      const sentAt = Date.now();
      await paymentFor(fast.caseId);

      await waitFor('the prompt receiver got its delivery', () => good.received.length === 1, { timeoutMs: 4_000 });
      expect(good.received[0]!.at - sentAt).toBeLessThan(4_000);
      // The hanging receiver never had more than its share of sends open at once.
      expect(hanging.received.length).toBeLessThanOrEqual(MAX_IN_FLIGHT_PER_SUBSCRIPTION);
      const leased = await intake.dataSource.query(`SELECT count(*) AS n FROM webhook_deliveries WHERE subscription_id = $1 AND leased_until > now()`, [slow.subscription.id]);
      expect(Number(leased[0].n)).toBeLessThanOrEqual(MAX_IN_FLIGHT_PER_SUBSCRIPTION);
    } finally {
      await good.close();
      await hanging.close();
    }
  }, 40_000);

  it('retries a failing receiver with back-off until it answers, and replays a delivery on request', async () => {
    let failures = 2;
    const flaky = await receiver(() => (failures-- > 0 ? 503 : 200));
    try {
      const { creditor, caseId, subscription } = await setUp('Flaky Receiver SA', flaky.url);
      await paymentFor(caseId);
      const log = async () => (await request(server()).get(`/v1/webhooks/${subscription.id}/deliveries`).set(creditor.auth).expect(200)).body as Array<{ id: string; state: string; attempts: number; lastStatus: number | null; nextAttemptAt: string | null }>;
      await waitFor('first attempt failed', async () => (await log())[0]?.attempts === 1);
      const [first] = await log();
      expect(first).toMatchObject({ state: 'pending', lastStatus: 503 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(flaky.received).toHaveLength(1); // nothing before its time

      await request(server()).post('/ops/clock/advance').send({ by: '1m' }).expect(200);
      await waitFor('second attempt failed', async () => (await log())[0]?.attempts === 2);
      await request(server()).post('/ops/clock/advance').send({ by: '5m' }).expect(200);
      await waitFor('delivered on the third attempt', async () => (await log())[0]?.state === 'delivered');
      expect(flaky.received).toHaveLength(3);

      await request(server()).post(`/v1/webhooks/${subscription.id}/deliveries/${first!.id}/replay`).set(creditor.auth).expect(202);
      await waitFor('replayed', () => flaky.received.length === 4);
      expect(flaky.received[3]!.body).toBe(flaky.received[0]!.body);
    } finally {
      await flaky.close();
    }
  });
});
