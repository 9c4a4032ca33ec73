import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fromBinary, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { CaseOpenedSchema, ContactChannel, DebtCategory, DebtorScreenedSchema, ScreeningVerdict } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, testBrokers, testKafka, waitFor, type ThrowawayDatabase } from '@collections/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TimerScanner } from '../../src/adapters/scheduling/timer-scanner';
import { DunningConfig } from '../../src/config/dunning.config';
import { DunningModule } from '../../src/dunning.module';

export const OPERATOR = { 'X-Operator-Token': 'dunning-operator-token-for-tests' };

export interface OpenedCase {
  caseId: string;
  debtorIdentityId: string;
}

export interface DunningApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Sends CaseOpened and a DebtorScreened for it, as intake and screening would. */
  openScreenedCase(options: { country: string; kind: 'B2C' | 'B2B'; principalMinor?: bigint; debtorIdentityId?: string; verdict?: ScreeningVerdict; channels?: ContactChannel[] }): Promise<OpenedCase>;
  send<S extends DescMessage>(topic: string, schema: S, caseId: string, data: Record<string, unknown>): Promise<void>;
  /** Moves the service's clock (the operator endpoint) by whole days, six hours at a time, firing what falls due at each stop, as the scanner would. */
  advanceDays(days: number): Promise<void>;
  now(): Promise<Date>;
  published<S extends DescMessage>(schema: S, caseId: string): Promise<Array<MessageShape<S>>>;
  planOf(caseId: string): Promise<{ state: string } & Record<string, unknown>>;
  close(): Promise<void>;
}

/** The dunning service on a throw-away database and the local broker, with a producer playing the other services. */
export async function startDunningApp(): Promise<DunningApp> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('dunning');
  const config = loadConfig(DunningConfig, {
    NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn',
    OPERATOR_TOKEN: OPERATOR['X-Operator-Token'], TIMER_SCAN_INTERVAL_MS: '60000',
  });
  const app = await NestFactory.create(DunningModule.forRoot(config), { logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  const producer: Producer = testKafka().producer();
  await producer.connect();
  const http = () => request(app.getHttpServer());

  const send = async <S extends DescMessage>(topic: string, schema: S, caseId: string, data: Record<string, unknown>) => {
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/test', type: schema.typeName, specversion: '1.0', time: new Date().toISOString(), subject: caseId });
    await producer.send({ topic, messages: [{ key: caseId, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };
  const published = async <S extends DescMessage>(schema: S, caseId: string) => {
    const rows: Array<{ payload: Buffer }> = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2 ORDER BY seq`, [caseId, schema.typeName]);
    return rows.map((row) => fromBinary(schema, row.payload));
  };
  const planOf = async (caseId: string) => (await http().get(`/ops/cases/${caseId}/plan`).set(OPERATOR)).body;

  return {
    app,
    dataSource,
    send,
    published,
    planOf,
    async openScreenedCase({ country, kind, principalMinor = 45_000n, debtorIdentityId = randomUUID(), verdict = ScreeningVerdict.CLEAR, channels = [ContactChannel.LETTER, ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.PHONE] }) {
      const caseId = randomUUID();
      const currency = country === 'GB' ? 'GBP' : country === 'SE' ? 'SEK' : country === 'US' ? 'USD' : 'EUR';
      const address = { lines: ['Main Street 1'], postalCode: '1000', locality: 'Town', country, region: country === 'US' ? 'NY' : '' };
      await send('intake.cases.v1', CaseOpenedSchema, caseId, {
        caseId, creditorId: randomUUID(), creditorReference: `REF-${caseId.slice(0, 8)}`, category: kind === 'B2B' ? DebtCategory.COMMERCIAL : DebtCategory.CONSUMER,
        debtor: { language: 'en', country, addresses: [address] },
        accountingSheet: { invoices: [{ number: 'INV-1', issueDate: '2026-08-01', dueDate: '2026-09-01', principal: { amountMinor: principalMinor, currency } }] },
      });
      await send('screening.verdicts.v1', DebtorScreenedSchema, caseId, {
        caseId, debtorIdentityId, verdict, usableChannels: channels, contacts: { addresses: [address], phones: ['+15555550100'], emails: ['debtor@example.com'] },
      });
      await waitFor(`plan of ${caseId} settled`, async () => {
        const plan = await planOf(caseId);
        return plan?.state && plan.state !== 'awaiting_facts' && plan.state !== 'awaiting_screening';
      });
      return { caseId, debtorIdentityId };
    },
    async advanceDays(days) {
      for (let step = 0; step < days * 4; step += 1) {
        await http().post('/ops/clock/advance').send({ by: '6h' }).expect(200);
        await app.get(TimerScanner).drain();
      }
    },
    async now() {
      return new Date((await http().get('/ops/clock')).body.now);
    },
    async close() {
      await producer.disconnect();
      await app.close();
      await database.drop();
    },
  };
}
