import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fromBinary, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { CallRequestedSchema, CaseOpenedSchema, DebtCategory } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, testBrokers, testKafka, waitFor, type ThrowawayDatabase } from '@collections/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureContactCenterApp } from '../../src/adapters/http/configure-app';
import { ContactCenterConfig } from '../../src/config/contact-center.config';
import { ContactCenterModule } from '../../src/contact-center.module';

export const OPERATOR = { 'X-Operator-Token': 'contact-center-operator-token' };

export interface ContactCenterApp {
  app: INestApplication;
  dataSource: DataSource;
  http: () => request.Agent;
  send<S extends DescMessage>(topic: string, schema: S, key: string, data: Record<string, unknown>): Promise<void>;
  /** CaseOpened for a case with this balance (principal, in minor units) and currency; returns its id. */
  openCase(options?: { principalMinor?: bigint; currency?: string; country?: string; language?: string; creditorId?: string; caseId?: string }): Promise<string>;
  /** CallRequested for the case, callable now; returns the action id once the task is queued. */
  requestCall(caseId: string, options?: { language?: string; balanceMinor?: bigint; currency?: string }): Promise<string>;
  /** An agent and its bearer header. */
  agent(options?: { countries?: string[]; languages?: string[] }): Promise<{ id: string; auth: { Authorization: string } }>;
  published<S extends DescMessage>(schema: S, key: string): Promise<Array<MessageShape<S>>>;
  advance(by: string): Promise<void>;
  close(): Promise<void>;
}

/** The contact-center service over a throw-away database and the local broker. */
export async function startContactCenterApp(): Promise<ContactCenterApp> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('contact_center');
  const config = loadConfig(ContactCenterConfig, {
    NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn', OPERATOR_TOKEN: OPERATOR['X-Operator-Token'],
  });
  const app = await NestFactory.create(ContactCenterModule.forRoot(config), { logger: false });
  configureContactCenterApp(app);
  await app.init();
  const dataSource = app.get(DataSource);
  const producer: Producer = testKafka().producer();
  await producer.connect();
  const http = () => request.agent(app.getHttpServer());
  const send = async <S extends DescMessage>(topic: string, schema: S, key: string, data: Record<string, unknown>) => {
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/test', type: schema.typeName, specversion: '1.0', time: new Date().toISOString(), subject: key });
    await producer.send({ topic, messages: [{ key, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };
  const now = async () => new Date(((await http().get('/ops/clock').expect(200)).body as { now: string }).now);

  return {
    app, dataSource, http, send,
    async openCase({ principalMinor = 100_000n, currency = 'EUR', country = 'BE', language = 'fr', creditorId = randomUUID(), caseId = randomUUID() } = {}) {
      await send('intake.cases.v1', CaseOpenedSchema, caseId, {
        caseId, creditorId, creditorReference: `INV-${caseId.slice(0, 8)}`, category: DebtCategory.CONSUMER,
        debtor: { party: { case: 'person', value: { givenNames: 'Hélène', familyName: 'Dubois' } }, language, country },
        accountingSheet: { invoices: [{ number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-02-01', principal: { amountMinor: principalMinor, currency } }] },
      });
      await waitFor('case recorded', async () => (await dataSource.query(`SELECT 1 FROM cases WHERE case_id = $1`, [caseId])).length > 0);
      return caseId;
    },
    async requestCall(caseId, { language = 'fr', balanceMinor, currency = 'EUR' } = {}) {
      const actionId = randomUUID();
      const at = await now();
      await send('dunning.actions.v1', CallRequestedSchema, caseId, {
        caseId, actionId, step: 'phone-follow-up', phones: ['+32470123456'], language,
        notBefore: timestampFromDate(new Date(at.getTime() - 60_000)), notAfter: timestampFromDate(new Date(at.getTime() + 8 * 3_600_000)),
        ...(balanceMinor !== undefined ? { balance: { principal: { amountMinor: balanceMinor, currency }, interest: { amountMinor: 0n, currency }, costs: { amountMinor: 0n, currency }, charges: { amountMinor: 0n, currency } } } : {}),
      });
      await waitFor('task queued', async () => (await dataSource.query(`SELECT 1 FROM tasks WHERE action_id = $1`, [actionId])).length > 0);
      return actionId;
    },
    async agent({ countries = ['BE'], languages = ['fr', 'nl'] } = {}) {
      const created = (await http().post('/ops/agents').set(OPERATOR).send({ name: `Agent ${randomUUID().slice(0, 4)}`, role: 'agent', countries, languages }).expect(201)).body as { id: string; key: string };
      return { id: created.id, auth: { Authorization: `Bearer ${created.key}` } };
    },
    async published(schema, key) {
      const rows: Array<{ payload: Buffer }> = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2 ORDER BY seq`, [key, schema.typeName]);
      return rows.map((row) => fromBinary(schema, row.payload));
    },
    async advance(by) {
      await http().post('/ops/clock/advance').send({ by }).expect(200);
    },
    async close() {
      await producer.disconnect();
      await app.close();
      await database.drop();
    },
  };
}
