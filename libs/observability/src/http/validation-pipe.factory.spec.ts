import { Body, Controller, Module, Post, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsString, Length, ValidateNested, type ValidationError } from 'class-validator';
import request from 'supertest';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe, flattenValidationErrors } from './validation-pipe.factory';

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

@Controller('cases')
class CasesController {
  @Post()
  open(@Body() dto: OpenCaseDto): { amountMinor: number; isDto: boolean } {
    return { amountMinor: dto.amountMinor, isDto: dto instanceof OpenCaseDto };
  }
}

@Module({ controllers: [CasesController] })
class CasesModule {}

const VALID_CASE = {
  debtor: { reference: 'D-1', addresses: [{ street: 'Main St 1', postcode: '10115' }] },
  amountMinor: 12_500,
};

function error(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return { property, constraints, children };
}

describe('flattenValidationErrors', () => {
  it('builds dotted paths with bracketed array indexes, one entry per failed constraint', () => {
    const errors = [
      error('debtor', undefined, [
        error('addresses', undefined, [
          error('0', undefined, [error('postcode', { isString: 'postcode must be a string', length: 'postcode is too short' })]),
        ]),
      ]),
      error('amountMinor', { isInt: 'amountMinor must be an integer number' }),
    ];

    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'debtor.addresses[0].postcode', reason: 'postcode must be a string' },
      { field: 'debtor.addresses[0].postcode', reason: 'postcode is too short' },
      { field: 'amountMinor', reason: 'amountMinor must be an integer number' },
    ]);
  });

  it('indexes nested arrays of arrays', () => {
    const errors = [error('matrix', undefined, [error('2', undefined, [error('1', { isInt: 'each value must be an integer' })])])];

    expect(flattenValidationErrors(errors)).toEqual([{ field: 'matrix[2][1]', reason: 'each value must be an integer' }]);
  });
});

describe('createValidationPipe behind ProblemDetailsFilter', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [CasesModule],
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

    expect(response.body).toEqual({ amountMinor: 12_500, isDto: true });
  });
});
