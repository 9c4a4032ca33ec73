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
import { DeliveryWorker } from '../../src/adapters/scheduling/delivery-worker';
import { NotificationsConfig } from '../../src/config/notifications.config';
import { NotificationsModule } from '../../src/notifications.module';
import { LocalSmtpServer } from './local-smtp';

export const OPERATOR = { 'X-Operator-Token': 'notifications-operator-token' };

export interface NotificationsApp {
  app: INestApplication;
  dataSource: DataSource;
  smtp: LocalSmtpServer;
  letterDir: string;
  /** The object store's folder (OBJECT_STORE=filesystem), a fresh one per app. */
  objectStoreDir: string;
  send<S extends DescMessage>(topic: string, schema: S, caseId: string, data: Record<string, unknown>, eventId?: string): Promise<void>;
  /** Sends CaseOpened for a Belgian consumer case; returns its id. */
  openCase(options?: { creditorEmail?: string; creditorId?: string; creditorLanguage?: string; dailyDigest?: boolean }): Promise<string>;
  /** Waits until the request for this action is recorded, then runs the delivery worker until nothing is due. */
  deliver(actionId: string): Promise<void>;
  advance(by: string): Promise<void>;
  published<S extends DescMessage>(schema: S, caseId: string): Promise<Array<MessageShape<S>>>;
  close(): Promise<void>;
}

/** The notifications service with a real local SMTP server, a throw-away database and the local broker. */
export async function startNotificationsApp(): Promise<NotificationsApp> {
  const smtp = new LocalSmtpServer();
  await smtp.start();
  const letterDir = mkdtempSync(join(tmpdir(), 'letters-'));
  const objectStoreDir = mkdtempSync(join(tmpdir(), 'notifications-objects-'));
  const database: ThrowawayDatabase = await createThrowawayDatabase('notifications');
  const config = loadConfig(NotificationsConfig, {
    NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn',
    OPERATOR_TOKEN: OPERATOR['X-Operator-Token'], SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, LETTER_SINK_DIR: letterDir, SMS_SINK_DIR: join(letterDir, 'sms'), DELIVERY_INTERVAL_MS: '60000',
  });
  const app = await NestFactory.create(NotificationsModule.forRoot(config, { OBJECT_STORE: 'filesystem', OBJECT_STORE_DIR: objectStoreDir }), { logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  const producer: Producer = testKafka().producer();
  await producer.connect();

  const send = async <S extends DescMessage>(topic: string, schema: S, caseId: string, data: Record<string, unknown>, eventId = randomUUID()) => {
    const headers = toKafkaHeaders({ id: eventId, source: '/collections/test', type: schema.typeName, specversion: '1.0', time: new Date().toISOString(), subject: caseId });
    await producer.send({ topic, messages: [{ key: caseId, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };

  return {
    app, dataSource, smtp, letterDir, objectStoreDir, send,
    async openCase({ creditorEmail, creditorId = randomUUID(), creditorLanguage, dailyDigest }: { creditorEmail?: string; creditorId?: string; creditorLanguage?: string; dailyDigest?: boolean } = {}) {
      const caseId = randomUUID();
      await request(app.getHttpServer()).put(`/ops/creditors/${creditorId}/identity`).set(OPERATOR)
        .send({ name: 'Brasserie Lambic SA', enterpriseNumber: 'BE 0403.170.701', address: { lines: ['Rue du Lombard 10'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' }, ...(creditorEmail ? { email: creditorEmail } : {}), ...(creditorLanguage ? { language: creditorLanguage } : {}), ...(dailyDigest ? { dailyDigest } : {}) })
        .expect(204);
      await send('intake.cases.v1', CaseOpenedSchema, caseId, {
        caseId, creditorId, creditorReference: 'INV-2026-0042', category: DebtCategory.CONSUMER,
        debtor: { party: { case: 'person', value: { givenNames: 'Hélène', familyName: 'Dubois' } }, language: 'fr', country: 'BE', addresses: [{ lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' }] },
        accountingSheet: { invoices: [{ number: 'F-1001', issueDate: '2026-08-01', dueDate: '2026-09-01', principal: { amountMinor: 123_456n, currency: 'EUR' } }] },
      });
      await waitFor('case facts recorded', async () => (await dataSource.query(`SELECT 1 FROM case_facts WHERE case_id = $1`, [caseId])).length > 0);
      return caseId;
    },
    async deliver(actionId) {
      await waitFor(`request ${actionId} recorded`, async () => (await dataSource.query(`SELECT 1 FROM deliveries WHERE action_id = $1`, [actionId])).length > 0);
      await app.get(DeliveryWorker).drain();
    },
    async advance(by) {
      await request(app.getHttpServer()).post('/ops/clock/advance').send({ by }).expect(200);
      await app.get(DeliveryWorker).drain();
    },
    async published(schema, caseId) {
      const rows: Array<{ payload: Buffer }> = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2 ORDER BY seq`, [caseId, schema.typeName]);
      return rows.map((row) => fromBinary(schema, row.payload));
    },
    async close() {
      await producer.disconnect();
      await app.close();
      await database.drop();
      await smtp.stop();
      rmSync(letterDir, { recursive: true, force: true });
      rmSync(objectStoreDir, { recursive: true, force: true });
    },
  };
}
