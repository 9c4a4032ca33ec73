import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fromBinary, type DescMessage, type MessageShape } from '@bufbuild/protobuf';
import { CaseOpenedSchema, CaseWithdrawnSchema, DebtCategory } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, testBrokers, testKafka, waitFor, type ThrowawayDatabase } from '@collections/testing';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DebtorScreeningConfig } from '../../src/config/debtor-screening.config';
import { DebtorScreeningModule } from '../../src/debtor-screening.module';
import { RegisterDateWatchScheduler } from '../../src/adapters/scheduling/register-date-watch.scheduler';

export const OPERATOR = { 'X-Operator-Token': 'screening-operator-token-for-tests' };

export type Party = { case: 'person'; value: Record<string, string> } | { case: 'company'; value: Record<string, string> };

export interface ScreeningApp {
  app: INestApplication;
  dataSource: DataSource;
  /** Publishes CaseOpened as intake would (CloudEvents headers, keyed by case id); returns the case id. */
  caseOpened(party: Party, address?: { postalCode: string; locality?: string; lines?: string[] }, options?: { country?: string; times?: number }): Promise<string>;
  caseWithdrawn(caseId: string): Promise<void>;
  /** The events of this type the service published for this case, oldest first (read from its outbox). */
  published<S extends DescMessage>(schema: S, caseId: string): Promise<Array<MessageShape<S>>>;
  /** Waits for the first event of this type for this case. */
  awaitPublished<S extends DescMessage>(schema: S, caseId: string, count?: number): Promise<Array<MessageShape<S>>>;
  /** One pass of the register date watch, as its timer would run it. */
  watchRegisterDates(): Promise<void>;
  close(): Promise<void>;
}

/** The debtor-screening service on a throw-away database and the local broker, with a producer playing intake. */
export async function startScreeningApp(): Promise<ScreeningApp> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('screening');
  const config = loadConfig(DebtorScreeningConfig, {
    NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn',
    OPERATOR_TOKEN: OPERATOR['X-Operator-Token'], REGISTER_DATE_WATCH_INTERVAL_MS: '3600000',
  });
  const app = await NestFactory.create(DebtorScreeningModule.forRoot(config), { logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  const producer: Producer = testKafka().producer();
  await producer.connect();

  const send = async (caseId: string, type: string, payload: Uint8Array) => {
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/intake', type, specversion: '1.0', time: new Date().toISOString(), subject: caseId });
    await producer.send({ topic: 'intake.cases.v1', messages: [{ key: caseId, value: Buffer.from(payload), headers }] });
  };

  const published = async <S extends DescMessage>(schema: S, caseId: string) => {
    const rows: Array<{ payload: Buffer }> = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2 ORDER BY seq`, [caseId, schema.typeName]);
    return rows.map((row) => fromBinary(schema, row.payload));
  };

  return {
    app,
    dataSource,
    async caseOpened(party, address = { postalCode: '1000' }, { country = 'BE', times = 1 } = {}) {
      const caseId = randomUUID();
      const payload = encodeEvent(CaseOpenedSchema, {
        caseId, creditorId: randomUUID(), creditorReference: `REF-${caseId.slice(0, 8)}`, category: DebtCategory.CONSUMER,
        debtor: {
          party, language: 'fr', country,
          addresses: [{ lines: address.lines ?? ['Rue Haute 5'], postalCode: address.postalCode, locality: address.locality ?? 'Bruxelles', country }],
        },
      });
      for (let i = 0; i < times; i += 1) await send(caseId, CaseOpenedSchema.typeName, payload);
      return caseId;
    },
    async caseWithdrawn(caseId) {
      await send(caseId, CaseWithdrawnSchema.typeName, encodeEvent(CaseWithdrawnSchema, { caseId, creditorId: randomUUID(), reason: 'paid' }));
      await waitFor(`case ${caseId} withdrawn`, async () => (await dataSource.query(`SELECT state FROM screened_cases WHERE case_id = $1`, [caseId]))[0]?.state === 'withdrawn');
    },
    published,
    watchRegisterDates: () => app.get(RegisterDateWatchScheduler).tick(),
    awaitPublished: (schema, caseId, count = 1) =>
      waitFor(`${count} ${schema.typeName} for case ${caseId}`, async () => {
        const events = await published(schema, caseId);
        return events.length >= count && events;
      }),
    async close() {
      await producer.disconnect();
      await app.close();
      await database.drop();
    },
  };
}
