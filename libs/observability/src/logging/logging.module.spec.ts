import { Body, Controller, Logger, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { LogCaptureStream } from './log-capture.stream';
import { LoggingModule } from './logging.module';
import { REQUEST_ID_HEADER } from './request-id.resolver';
import { useStructuredLogger } from './structured-logger.setup';

@Controller('cases')
class CasesController {
  private readonly logger = new Logger(CasesController.name);

  @Post()
  create(@Body() body: { caseId: string }): { caseId: string } {
    this.logger.log(`case ${body.caseId} accepted`);
    return { caseId: body.caseId };
  }
}

@Module({ controllers: [CasesController] })
class CasesModule {}

describe('LoggingModule', () => {
  let app: INestApplication;
  let logs: LogCaptureStream;

  beforeEach(async () => {
    logs = new LogCaptureStream();
    const moduleRef = await Test.createTestingModule({
      imports: [LoggingModule.forRoot({ service: 'intake', destination: logs }), CasesModule],
    }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    useStructuredLogger(app);
    await app.init();
  });

  afterEach(async () => {
    await app.close();
  });

  const handlerLine = (caseId: string) => logs.lines().find((line) => line['msg'] === `case ${caseId} accepted`);
  const accessLine = () => logs.lines().find((line) => line['msg'] === 'request completed');

  it('echoes the caller x-request-id and stamps it on handler and access log lines', async () => {
    const response = await request(app.getHttpServer())
      .post('/cases')
      .set(REQUEST_ID_HEADER, 'req-42')
      .send({ caseId: 'case-1' })
      .expect(201);

    expect(response.headers[REQUEST_ID_HEADER]).toBe('req-42');
    expect(handlerLine('case-1')).toMatchObject({ service: 'intake', requestId: 'req-42', context: 'CasesController' });
    expect(accessLine()).toMatchObject({
      requestId: 'req-42',
      req: { method: 'POST', path: '/cases' },
      res: { statusCode: 201 },
    });
  });

  it('creates a UUID request id when the caller sends none', async () => {
    const response = await request(app.getHttpServer()).post('/cases').send({ caseId: 'case-2' }).expect(201);

    const requestId = response.headers[REQUEST_ID_HEADER];
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(handlerLine('case-2')?.['requestId']).toBe(requestId);
  });

  it.each([
    ['an id that would forge JSON', 'x","level":"fatal'],
    ['an oversized id', 'a'.repeat(129)],
  ])('replaces %s in x-request-id with a fresh id', async (_label, hostile) => {
    const response = await request(app.getHttpServer())
      .post('/cases')
      .set(REQUEST_ID_HEADER, hostile)
      .send({ caseId: 'case-3' })
      .expect(201);

    expect(response.headers[REQUEST_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    expect(handlerLine('case-3')?.['requestId']).toBe(response.headers[REQUEST_ID_HEADER]);
  });

  it('never logs request bodies, headers or query strings', async () => {
    await request(app.getHttpServer())
      .post('/cases?email=debtor@example.com')
      .set('authorization', 'Bearer top-secret-token')
      .send({ caseId: 'case-4', debtorName: 'Jane Roe' })
      .expect(201);

    const raw = logs.raw();
    expect(raw).toContain('case case-4 accepted');
    expect(raw).not.toContain('Jane Roe');
    expect(raw).not.toContain('top-secret-token');
    expect(raw).not.toContain('debtor@example.com');
    expect(accessLine()).toMatchObject({ req: { path: '/cases' } });
  });
});
