import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, type ServiceConfig } from '@collections/observability';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database';
import { testBrokers } from './kafka-helpers';

const ROOT = join(__dirname, '../../..');

export interface ServiceUnderTest<C extends ServiceConfig> {
  name: string;
  configClass: new () => C;
  rootModule: (config: C) => DynamicModule;
  configureApp?: (app: INestApplication, config: C) => void;
}

/**
 * What every service must do from its first commit, checked the same way for all of them against
 * the real PostgreSQL and Kafka: migrate its own database, report health, serve metrics, let an
 * operator move its clock outside production, and refuse to start on a bad environment.
 */
export function describeServiceConformance<C extends ServiceConfig>(service: ServiceUnderTest<C>): void {
  describe(`${service.name} service conformance (real PostgreSQL and Kafka)`, () => {
    let database: ThrowawayDatabase;
    let app: INestApplication;

    beforeAll(async () => {
      database = await createThrowawayDatabase(service.name);
      const config = loadConfig(service.configClass, {
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        KAFKA_BROKERS: testBrokers().join(','),
        DATABASE_MIGRATE_ON_START: 'true',
        LOG_LEVEL: 'warn',
      });
      app = await NestFactory.create(service.rootModule(config), { logger: false });
      service.configureApp?.(app, config);
      await app.init();
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it('migrates its own database at start-up: outbox, inbox and dead-letter tables exist', async () => {
      const tables: Array<{ table_name: string }> = await app.get(DataSource).query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['dead_letters', 'inbox_messages', 'outbox_messages', 'schema_migrations']),
      );
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
      const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'services', service.name, 'src/main.ts')], {
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
}
