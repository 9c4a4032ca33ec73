import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, testBrokers, type ThrowawayDatabase } from '@collections/testing';
import { PaymentsConfig } from '../../src/config/payments.config';
import { PaymentsModule } from '../../src/payments.module';

const ROOT = join(__dirname, '../../../..');

describe('payments service skeleton (real PostgreSQL and Kafka)', () => {
  let database: ThrowawayDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createThrowawayDatabase('payments');
    const config = loadConfig(PaymentsConfig, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      DATABASE_MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'warn',
    });
    app = await NestFactory.create(PaymentsModule.forRoot(config), { logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('migrates its own database at start-up: outbox, inbox and dead-letter tables exist', async () => {
    const { DataSource } = await import('typeorm');
    const tables: Array<{ table_name: string }> = await app.get(DataSource).query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['dead_letters', 'inbox_messages', 'outbox_messages', 'schema_migrations']));
  });

  it('reports live, and ready once its database and Kafka answer', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' } });
  });

  it('serves Prometheus metrics, including the messaging metrics', async () => {
    const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toContain('messaging_outbox_backlog');
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
  });

  it('lets an operator move the clock forward outside production, and explains a bad duration', async () => {
    const before = await request(app.getHttpServer()).get('/ops/clock').expect(200);
    const after = await request(app.getHttpServer()).post('/ops/clock/advance').send({ by: '14d' }).expect(200);
    expect(Date.parse(after.body.now) - Date.parse(before.body.now)).toBeGreaterThanOrEqual(14 * 86_400_000);

    const refused = await request(app.getHttpServer()).post('/ops/clock/advance').send({ by: 'soon' }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'by', reason: expect.stringContaining('duration') }]);
  });

  it('refuses to start with a missing or malformed variable, naming each one', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'services/payments/src/main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, KAFKA_BROKERS: 'not a broker list', HTTP_PORT: '99999' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('DATABASE_URL is missing');
    expect(result.stderr).toContain('KAFKA_BROKERS');
    expect(result.stderr).toContain('HTTP_PORT');
  });
});
