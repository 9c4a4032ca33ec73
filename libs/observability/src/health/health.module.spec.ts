import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { HealthModule } from './health.module';
import type { HealthModuleOptions } from './readiness-probe.types';
import { ShutdownState } from './shutdown-state.service';

/** Stands in for persistence's DatabaseReadiness: same shape, no import of this library. */
@Injectable()
class FakeDatabaseReadiness {
  readonly name = 'database';
  failure: Error | undefined;

  async check(): Promise<void> {
    if (this.failure) throw this.failure;
  }
}

@Injectable()
class FakeKafkaReadiness {
  readonly name = 'kafka';
  hang = false;

  check(): Promise<void> {
    return this.hang ? new Promise<void>(() => undefined) : Promise.resolve();
  }
}

@Module({ providers: [FakeDatabaseReadiness, FakeKafkaReadiness], exports: [FakeDatabaseReadiness, FakeKafkaReadiness] })
class InfraModule {}

async function createApp(options: HealthModuleOptions): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [InfraModule, HealthModule.forRoot(options)] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('HealthModule', () => {
  let app: INestApplication;

  beforeEach(async () => {
    app = await createApp({ readiness: [FakeDatabaseReadiness, FakeKafkaReadiness], probeTimeoutMs: 100 });
  });

  afterEach(async () => {
    await app?.close();
  });

  it('answers liveness with 200 even when a dependency is down', async () => {
    app.get(FakeDatabaseReadiness).failure = new Error('connection refused');

    const response = await request(app.getHttpServer()).get('/health/live').expect(200);

    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers readiness with 200 when every probe passes', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);

    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, kafka: { status: 'up' } } });
  });

  it('answers readiness with 503 naming the failing probe and its reason', async () => {
    app.get(FakeDatabaseReadiness).failure = new Error('connection refused');

    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);

    expect(response.body).toMatchObject({
      status: 'error',
      error: { database: { status: 'down', message: 'connection refused' } },
      info: { kafka: { status: 'up' } },
    });
    expect(Object.keys(response.body.error)).toEqual(['database']);
  });

  it('counts a probe that does not answer in time as down', async () => {
    app.get(FakeKafkaReadiness).hang = true;

    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);

    expect(response.body.error).toEqual({ kafka: { status: 'down', message: 'no answer within 100 ms' } });
  });

  it('answers readiness with 503 as soon as shutdown begins, while probes still pass', async () => {
    await request(app.getHttpServer()).get('/health/ready').expect(200);

    app.get(ShutdownState).begin();

    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body.error).toMatchObject({ shutdown: { status: 'down' } });
    await request(app.getHttpServer()).get('/health/live').expect(200);
  });

  it('keeps serving 503 on readiness during the drain delay of app.close()', async () => {
    const draining = await createApp({ readiness: [FakeDatabaseReadiness], drainDelayMs: 300 });
    await draining.listen(0);
    const server = draining.getHttpServer();
    await request(server).get('/health/ready').expect(200);

    const closed = draining.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await request(server).get('/health/ready');
    await closed;

    expect(response.status).toBe(503);
    expect(response.body.error).toMatchObject({ shutdown: { status: 'down' } });
  });
});

describe('HealthModule start-up checks', () => {
  it('fails start-up when a probe token is not provided by any module', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [HealthModule.forRoot({ readiness: [FakeDatabaseReadiness] })],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });

    await expect(app.init()).rejects.toThrow('Readiness probe FakeDatabaseReadiness is not provided by any module');
    await app.close();
  });

  it('fails start-up when two probes share a name', async () => {
    @Injectable()
    class SecondDatabaseReadiness extends FakeDatabaseReadiness {}
    @Module({ providers: [SecondDatabaseReadiness], exports: [SecondDatabaseReadiness] })
    class SecondModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [InfraModule, SecondModule, HealthModule.forRoot({ readiness: [FakeDatabaseReadiness, SecondDatabaseReadiness] })],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });

    await expect(app.init()).rejects.toThrow('Two readiness probes are named "database"');
    await app.close();
  });
});
