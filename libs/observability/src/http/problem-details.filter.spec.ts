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
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsString, Length, ValidateNested } from 'class-validator';
import request from 'supertest';
import { LogCaptureStream } from '../logging/log-capture.stream';
import { LoggingModule } from '../logging/logging.module';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe } from './validation-pipe.factory';

class AddressDto {
  @IsString()
  street!: string;

  @IsString()
  @Length(5, 5)
  postcode!: string;
}

class DebtorDto {
  @IsString()
  reference!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AddressDto)
  addresses!: AddressDto[];
}

class OpenCaseDto {
  @ValidateNested()
  @Type(() => DebtorDto)
  debtor!: DebtorDto;

  @IsInt()
  amountMinor!: number;
}

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
  open(@Body() dto: OpenCaseDto): { amountMinor: number } {
    return { amountMinor: dto.amountMinor };
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

const VALID_CASE = {
  debtor: { reference: 'D-1', addresses: [{ street: 'Main St 1', postcode: '10115' }] },
  amountMinor: 12_500,
};

describe('ProblemDetailsFilter', () => {
  let app: INestApplication;
  let logs: LogCaptureStream;

  beforeAll(async () => {
    logs = new LogCaptureStream();
    const moduleRef = await Test.createTestingModule({
      imports: [LoggingModule.forRoot({ service: 'payments', destination: logs }), CasesModule],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
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

  it('answers 400 with the full path of each invalid nested field', async () => {
    const response = await request(app.getHttpServer())
      .post('/cases')
      .send({
        debtor: { reference: 'D-1', addresses: [{ street: 'Main St 1', postcode: '10115' }, { street: 7, postcode: '1' }] },
        amountMinor: 'lots',
      })
      .expect(400);

    const body = JSON.parse(response.text) as { code: string; errors: { field: string; reason: string }[] };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'debtor.addresses[1].street', reason: 'street must be a string' },
        { field: 'debtor.addresses[1].postcode', reason: expect.stringContaining('postcode must be') },
        { field: 'amountMinor', reason: 'amountMinor must be an integer number' },
      ]),
    );
    expect(body.errors.map((e) => e.field)).not.toContain('debtor.addresses[0].postcode');
  });

  it('rejects unknown fields, nested ones included, naming them', async () => {
    const response = await request(app.getHttpServer())
      .post('/cases')
      .send({ ...VALID_CASE, debtor: { ...VALID_CASE.debtor, nickname: 'Jo' }, priority: 'high' })
      .expect(400);

    const body = JSON.parse(response.text) as { errors: { field: string; reason: string }[] };
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'priority', reason: 'property priority should not exist' },
        { field: 'debtor.nickname', reason: 'property nickname should not exist' },
      ]),
    );
    expect(response.text).not.toContain('Jo"');
  });

  it('accepts a valid body and transforms it into the DTO', async () => {
    const response = await request(app.getHttpServer()).post('/cases').send(VALID_CASE).expect(201);

    expect(response.body).toEqual({ amountMinor: 12_500 });
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
      .send(JSON.stringify({ ...VALID_CASE, padding: 'x'.repeat(200_000) }))
      .expect(413);

    expect(JSON.parse(response.text)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});
