import { Body, Controller, Injectable, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsString } from 'class-validator';
import request from 'supertest';
import { LogCaptureStream } from './logging/log-capture.stream';
import { ObservabilityModule } from './observability.module';

class RegisterCreditorDto {
  @IsString()
  creditorId!: string;
}

@Controller('creditors')
class CreditorsController {
  @Post()
  register(@Body() dto: RegisterCreditorDto): { creditorId: string } {
    return { creditorId: dto.creditorId };
  }
}

@Injectable()
class AlwaysReady {
  readonly name = 'database';
  async check(): Promise<void> {}
}

@Module({ controllers: [CreditorsController], providers: [AlwaysReady], exports: [AlwaysReady] })
class CreditorsModule {}

describe('ObservabilityModule', () => {
  let app: INestApplication;
  let logs: LogCaptureStream;

  beforeAll(async () => {
    logs = new LogCaptureStream();
    const moduleRef = await Test.createTestingModule({
      imports: [
        CreditorsModule,
        ObservabilityModule.forRoot({ service: 'intake', logDestination: logs, readiness: [AlwaysReady] }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it('validates input globally and answers with problem+json carrying the echoed request id', async () => {
    const response = await request(app.getHttpServer())
      .post('/creditors')
      .set('x-request-id', 'req-bundle')
      .send({ creditorId: 7, extra: true })
      .expect(400);

    expect(response.headers['x-request-id']).toBe('req-bundle');
    expect(JSON.parse(response.text)).toMatchObject({
      code: 'VALIDATION_FAILED',
      requestId: 'req-bundle',
      errors: expect.arrayContaining([
        { field: 'creditorId', reason: 'creditorId must be a string' },
        { field: 'extra', reason: 'property extra should not exist' },
      ]),
    });
    expect(logs.lines().find((line) => line['msg'] === 'request completed')).toMatchObject({
      service: 'intake',
      requestId: 'req-bundle',
      res: { statusCode: 400 },
    });
  });

  it('serves health, readiness and metrics next to the service routes', async () => {
    await request(app.getHttpServer()).post('/creditors').send({ creditorId: 'cr-1' }).expect(201);

    await request(app.getHttpServer()).get('/health/live').expect(200);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);

    expect(ready.body).toMatchObject({ info: { database: { status: 'up' } } });
    expect(metrics.text).toMatch(/http_server_request_duration_seconds_count\{method="POST",route="\/creditors",status="201"\} 1/);
  });

  it('keeps probes and scrapes out of the access log', async () => {
    const before = logs.lines().length;

    await request(app.getHttpServer()).get('/health/ready').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(200);

    expect(logs.lines().slice(before).filter((line) => line['msg'] === 'request completed')).toEqual([]);
  });
});
