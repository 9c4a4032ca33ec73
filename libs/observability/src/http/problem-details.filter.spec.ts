import {
  Body,
  Controller,
  Get,
  Module,
  Param,
  Post,
  UnauthorizedException,
  type INestApplication,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { LogCaptureStream } from '../logging/log-capture.stream';
import { LoggingModule } from '../logging/logging.module';
import { ProblemDetailsFilter } from './problem-details.filter';

/** Shaped like a service's DomainError; this library must recognise it without importing it. */
class FakeDomainError extends Error {
  constructor(
    readonly category: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

@Controller('cases')
class CasesController {
  @Post()
  open(@Body() body: unknown): unknown {
    return body;
  }

  @Get('domain/:category')
  domain(@Param('category') category: string): never {
    throw new FakeDomainError(category, 'PAYMENTS.PLAN_REJECTED', 'The plan does not cover the debt');
  }

  @Post('crash')
  crash(): never {
    throw new Error('connection to db-7 refused (password hunter2)');
  }

  @Get('unauthorised')
  unauthorised(): never {
    throw new UnauthorizedException('token expired');
  }
}

@Module({ controllers: [CasesController] })
class CasesModule {}

describe('ProblemDetailsFilter', () => {
  let app: INestApplication;
  let logs: LogCaptureStream;

  beforeAll(async () => {
    logs = new LogCaptureStream();
    const moduleRef = await Test.createTestingModule({
      imports: [LoggingModule.forRoot({ service: 'payments', destination: logs }), CasesModule],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['invalid', 422, 'Unprocessable Entity'],
    ['not_found', 404, 'Not Found'],
    ['conflict', 409, 'Conflict'],
    ['forbidden', 403, 'Forbidden'],
  ])('maps a DomainError of category %s to %i with its code', async (category, status, title) => {
    const response = await request(app.getHttpServer())
      .get(`/cases/domain/${category}`)
      .set('x-request-id', `req-${category}`)
      .expect(status);

    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(response.text)).toEqual({
      type: 'urn:collections:problem:PAYMENTS.PLAN_REJECTED',
      title,
      status,
      code: 'PAYMENTS.PLAN_REJECTED',
      detail: 'The plan does not cover the debt',
      requestId: `req-${category}`,
    });
  });

  it('treats an error with an unknown category as unexpected', async () => {
    const response = await request(app.getHttpServer()).get('/cases/domain/teapot').expect(500);

    expect(JSON.parse(response.text)).toMatchObject({ status: 500, code: 'INTERNAL' });
  });

  it('hides everything about an unexpected error and logs it once with the request id, without the body', async () => {
    const before = logs.lines().length;

    const response = await request(app.getHttpServer())
      .post('/cases/crash')
      .set('x-request-id', 'req-crash')
      .send({ debtorEmail: 'jane@example.com' })
      .expect(500);

    expect(JSON.parse(response.text)).toEqual({
      type: 'urn:collections:problem:INTERNAL',
      title: 'Internal Server Error',
      status: 500,
      code: 'INTERNAL',
      detail: expect.stringContaining('requestId'),
      requestId: 'req-crash',
    });
    expect(response.text).not.toContain('hunter2');
    expect(response.text).not.toContain('at ');

    const errorLines = logs.lines().slice(before).filter((line) => line['level'] === 'error');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatchObject({ requestId: 'req-crash', err: { message: expect.stringContaining('db-7') } });
    expect(JSON.stringify(errorLines[0])).toContain('"stack"');
    expect(logs.raw()).not.toContain('jane@example.com');
  });

  it('does not log client errors as server errors', async () => {
    const before = logs.lines().length;

    await request(app.getHttpServer()).get('/cases/domain/not_found').expect(404);

    expect(logs.lines().slice(before).filter((line) => line['level'] === 'error')).toEqual([]);
  });

  it('keeps the status and message of a Nest HttpException', async () => {
    const response = await request(app.getHttpServer()).get('/cases/unauthorised').expect(401);

    expect(JSON.parse(response.text)).toMatchObject({ status: 401, code: 'UNAUTHORIZED', detail: 'token expired' });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await request(app.getHttpServer()).get('/nowhere').expect(404);

    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(response.text)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('answers malformed JSON with a problem+json 400', async () => {
    const response = await request(app.getHttpServer())
      .post('/cases')
      .set('content-type', 'application/json')
      .send('{"debtor": {')
      .expect(400);

    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(response.text)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers an oversized body with a problem+json 413', async () => {
    const response = await request(app.getHttpServer())
      .post('/cases')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(200_000) }))
      .expect(413);

    expect(JSON.parse(response.text)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});
