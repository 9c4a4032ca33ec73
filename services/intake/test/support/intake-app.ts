import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fromBinary } from '@bufbuild/protobuf';
import { CaseOpenedSchema, type CaseOpened } from '@collections/contracts';
import { loadConfig } from '@collections/observability';
import { collectMessages, createThrowawayDatabase, testBrokers, type CollectedMessage, type ThrowawayDatabase } from '@collections/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureIntakeApp } from '../../src/adapters/http/configure-app';
import { IntakeConfig } from '../../src/config/intake.config';
import { IntakeModule } from '../../src/intake.module';

export const OPERATOR = { 'X-Operator-Token': 'test-operator-token-0123456789' };

export interface IntakeApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: IntakeConfig;
  close(): Promise<void>;
}

/** The intake service as it runs, on a throwaway database and the test broker. */
export async function startIntake(env: Record<string, string> = {}): Promise<IntakeApp> {
  const database: ThrowawayDatabase = await createThrowawayDatabase('intake');
  const config = loadConfig(IntakeConfig, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testBrokers().join(','),
    DATABASE_MIGRATE_ON_START: 'true',
    LOG_LEVEL: 'warn',
    OPERATOR_TOKEN: OPERATOR['X-Operator-Token'],
    ...env,
  });
  const app = await NestFactory.create(IntakeModule.forRoot(config), { logger: process.env.INTAKE_TEST_LOGS ? undefined : false });
  configureIntakeApp(app, config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** A creditor account and its first key, through the operator endpoint. */
export async function createCreditor(intake: IntakeApp, name = 'Acme Energy SA'): Promise<{ creditorId: string; token: string; auth: Record<string, string> }> {
  const created = await request(intake.app.getHttpServer()).post('/ops/creditors').set(OPERATOR).send({ name }).expect(201);
  return { creditorId: created.body.creditorId, token: created.body.apiKey.token, auth: { Authorization: `Bearer ${created.body.apiKey.token}` } };
}

export async function addConsultant(intake: IntakeApp, consultant: { name: string; countries: string[]; languages: string[] }): Promise<string> {
  const added = await request(intake.app.getHttpServer())
    .post('/ops/consultants')
    .set(OPERATOR)
    .send({ email: `${consultant.name.toLowerCase().replace(/\W+/g, '.')}@agency.example`, ...consultant })
    .expect(201);
  return added.body.id;
}

/** CaseOpened events on intake.cases.v1, decoded, as they arrive. */
export async function watchCaseOpened(): Promise<{ opened: (creditorId: string) => CaseOpened[]; raw: CollectedMessage[]; stop(): Promise<void> }> {
  const collector = await collectMessages(['intake.cases.v1']);
  return {
    raw: collector.received,
    opened: (creditorId) =>
      collector.received
        .filter((m) => m.header('ce_type') === CaseOpenedSchema.typeName)
        .map((m) => fromBinary(CaseOpenedSchema, m.message.value!))
        .filter((event) => event.creditorId === creditorId),
    stop: collector.stop,
  };
}
