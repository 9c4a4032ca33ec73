import { Controller, Get, Module, Param, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Counter, Histogram } from 'prom-client';
import request from 'supertest';
import { HTTP_DURATION_METRIC } from './http-metrics.middleware';
import { getOrCreateCounter, getOrCreateGauge, getOrCreateHistogram } from './metric.factory';
import { MetricsModule } from './metrics.module';

@Controller('cases')
class CasesController {
  @Get(':id')
  find(@Param('id') id: string): { id: string } {
    return { id };
  }
}

@Module({ controllers: [CasesController] })
class CasesModule {}

async function createApp(): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [MetricsModule, CasesModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('MetricsModule', () => {
  let app: INestApplication;

  beforeEach(async () => {
    app = await createApp();
  });

  afterEach(async () => {
    await app.close();
  });

  it('serves Prometheus text with the default Node metrics', async () => {
    const response = await request(app.getHttpServer()).get('/metrics').expect(200);

    expect(response.headers['content-type']).toMatch(/^text\/plain; .*version=0\.0\.4/);
    expect(response.text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(response.text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('records request durations by method, route template and status', async () => {
    await request(app.getHttpServer()).get('/cases/case-123').expect(200);
    await request(app.getHttpServer()).get('/cases/case-456').expect(200);
    await request(app.getHttpServer()).get('/no/such/route').expect(404);

    const { text } = await request(app.getHttpServer()).get('/metrics').expect(200);

    expect(text).toContain(`# TYPE ${HTTP_DURATION_METRIC} histogram`);
    expect(text).toMatch(new RegExp(`${HTTP_DURATION_METRIC}_count\\{method="GET",route="/cases/:id",status="200"\\} [2-9]`));
    expect(text).toMatch(new RegExp(`${HTTP_DURATION_METRIC}_count\\{method="GET",route="unmatched",status="404"\\} \\d+`));
    // Raw ids must never become label values.
    expect(text).not.toContain('case-123');
  });

  it('exposes metrics other libraries register on the default registry', async () => {
    const deadLetters = getOrCreateCounter({ name: 'test_dead_letters_total', help: 'parked messages', labelNames: ['topic'] });
    deadLetters.inc({ topic: 'payments.ledger.v1' }, 3);

    const { text } = await request(app.getHttpServer()).get('/metrics').expect(200);

    expect(text).toContain('test_dead_letters_total{topic="payments.ledger.v1"} 3');
  });

  it('lets a second app start in the same process without "already registered" errors', async () => {
    const second = await createApp();
    try {
      const { text } = await request(second.getHttpServer()).get('/metrics').expect(200);
      expect(text.match(/# TYPE process_cpu_user_seconds_total/g)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

describe('getOrCreate metric helpers', () => {
  it('return the already registered metric for the same name', () => {
    const first = getOrCreateHistogram({ name: 'test_handler_seconds', help: 'h', labelNames: ['handler'] });
    const second = getOrCreateHistogram({ name: 'test_handler_seconds', help: 'h', labelNames: ['handler'] });

    expect(second).toBe(first);
    expect(first).toBeInstanceOf(Histogram);
    expect(getOrCreateGauge({ name: 'test_backlog', help: 'g' })).toBe(getOrCreateGauge({ name: 'test_backlog', help: 'g' }));
  });

  it('refuse a name already registered as another metric type', () => {
    new Counter({ name: 'test_retries_total', help: 'c' });

    expect(() => getOrCreateGauge({ name: 'test_retries_total', help: 'g' })).toThrow('another type than Gauge');
  });
});
