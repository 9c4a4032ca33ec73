import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fromBinary, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { CaseOpenedSchema, DebtCategory } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, testBrokers, testKafka, waitFor, type ThrowawayDatabase } from '@collections/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { signGatewayBody } from '../../src/adapters/http/gateway-signature';
import { PaymentsConfig } from '../../src/config/payments.config';
import { PaymentsModule } from '../../src/payments.module';

export const OPERATOR = { 'X-Operator-Token': 'payments-operator-token' };
export const GATEWAY = { provider: 'test-pay', secret: 'test-pay-shared-secret-0001' };

export interface CaseSpec {
  country?: string;
  creditorId?: string;
  debtorName?: string;
  /** Principal per invoice, in minor units (EUR unless `currency`). */
  invoices?: bigint[];
  interest?: bigint;
  costs?: bigint;
  currency?: string;
  caseId?: string;
}

export interface PaymentsApp {
  app: INestApplication;
  dataSource: DataSource;
  /** The object store's folder (OBJECT_STORE=filesystem), a fresh one per app. */
  objectStoreDir: string;
  http: () => request.Agent;
  send<S extends DescMessage>(topic: string, schema: S, key: string, data: Record<string, unknown>, options?: { eventId?: string; time?: Date }): Promise<void>;
  /** Sends CaseOpened and waits for the account; returns the case id. */
  openCase(spec?: CaseSpec): Promise<string>;
  ledger(caseId: string): Promise<LedgerView>;
  /** A gateway receipt, signed now (or at `signedAt`) with the test provider's secret. */
  postGatewayReceipt(body: Record<string, unknown>, options?: { signedAt?: number; secret?: string }): request.Test;
  advance(by: string): Promise<void>;
  today(): Promise<string>;
  published<S extends DescMessage>(schema: S, key: string): Promise<Array<MessageShape<S>>>;
  close(): Promise<void>;
}

export interface LedgerView {
  state: string;
  references: Array<{ kind: string; reference: string; printed: string }>;
  balance: { principal: string; interest: string; costs: string; charges: string; total: string };
  refundDue: string;
  owedToCreditor: string;
  commission: string;
  receipts: Array<{ receiptId: string; source: string; state: string; amountMinor: string; matchMethod: string | null; remittanceId: string | null; remitBy: string | null; lateReport: boolean }>;
  plans: Array<{ planId: string; kind: string; status: string }>;
}

/** The payments service over a throw-away database and the local broker, its daily jobs run by hand. */
export async function startPaymentsApp(): Promise<PaymentsApp> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('payments');
  const config = loadConfig(PaymentsConfig, {
    NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn',
    OPERATOR_TOKEN: OPERATOR['X-Operator-Token'], GATEWAY_SECRETS: `${GATEWAY.provider}=${GATEWAY.secret}`, SCHEDULE_INTERVAL_MS: '3600000',
  });
  const objectStoreDir = mkdtempSync(join(tmpdir(), 'payments-objects-'));
  const app = await NestFactory.create(PaymentsModule.forRoot(config, { OBJECT_STORE: 'filesystem', OBJECT_STORE_DIR: objectStoreDir }), { logger: false, rawBody: true });
  await app.init();
  const dataSource = app.get(DataSource);
  const producer: Producer = testKafka().producer();
  await producer.connect();
  const http = () => request.agent(app.getHttpServer());

  const send = async <S extends DescMessage>(topic: string, schema: S, key: string, data: Record<string, unknown>, options: { eventId?: string; time?: Date } = {}) => {
    const headers = toKafkaHeaders({ id: options.eventId ?? randomUUID(), source: '/collections/test', type: schema.typeName, specversion: '1.0', time: (options.time ?? new Date()).toISOString(), subject: key });
    await producer.send({ topic, messages: [{ key, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };

  const ledger = async (caseId: string): Promise<LedgerView> => (await http().get(`/ops/cases/${caseId}/ledger`).set(OPERATOR).expect(200)).body as LedgerView;

  return {
    app, dataSource, objectStoreDir, http, send, ledger,
    async openCase(spec: CaseSpec = {}) {
      const caseId = spec.caseId ?? randomUUID();
      const currency = spec.currency ?? 'EUR';
      const eur = (amountMinor: bigint) => ({ amountMinor, currency });
      const [givenNames, ...family] = (spec.debtorName ?? 'Hélène Dubois').split(' ');
      await send('intake.cases.v1', CaseOpenedSchema, caseId, {
        caseId, creditorId: spec.creditorId ?? randomUUID(), creditorReference: `INV-${caseId.slice(0, 8)}`, category: DebtCategory.CONSUMER,
        debtor: { party: { case: 'person', value: { givenNames, familyName: family.join(' ') } }, language: 'fr', country: spec.country ?? 'BE' },
        accountingSheet: {
          invoices: (spec.invoices ?? [100_000n]).map((principal, index) => ({ number: `F-${index + 1}`, issueDate: `2026-0${index + 1}-01`, dueDate: `2026-0${index + 1}-28`, principal: eur(principal) })),
          interest: eur(spec.interest ?? 0n), costs: eur(spec.costs ?? 0n),
        },
      });
      await waitFor('case account opened', async () => (await dataSource.query(`SELECT 1 FROM case_accounts WHERE case_id = $1`, [caseId])).length > 0);
      return caseId;
    },
    postGatewayReceipt(body, options = {}) {
      const raw = JSON.stringify(body);
      return http().post(`/v1/gateway-receipts/${GATEWAY.provider}`).set('Content-Type', 'application/json')
        .set('X-Signature', signGatewayBody(options.secret ?? GATEWAY.secret, options.signedAt ?? Math.floor(Date.now() / 1000), raw)).send(raw);
    },
    async advance(by) {
      await http().post('/ops/clock/advance').send({ by }).expect(200);
    },
    async today() {
      const clock = (await http().get('/ops/clock').expect(200)).body as { now: string };
      return clock.now.slice(0, 10);
    },
    async published(schema, key) {
      const rows: Array<{ payload: Buffer }> = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2 ORDER BY seq`, [key, schema.typeName]);
      return rows.map((row) => fromBinary(schema, row.payload));
    },
    async close() {
      await producer.disconnect();
      await app.close();
      await database.drop();
      rmSync(objectStoreDir, { recursive: true, force: true });
    },
  };
}
