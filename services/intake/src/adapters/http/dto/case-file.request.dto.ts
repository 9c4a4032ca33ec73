import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { AddressInput, CaseFileInput, DebtorInput, InvoiceInput, PartialPaymentInput } from '../../../domain/case-file/case-file.input';

// These classes check the shape of a request (types, required fields, sizes); the intake rules
// (check digits, currencies, dates, duplicates) live in domain/case-file, shared with the bulk
// and channel routes, and answer 422 with every problem found.

export class AddressRequest implements AddressInput {
  @ApiProperty({ example: ['Rue de la Loi 16', 'Boîte 3'] })
  @IsArray() @ArrayMaxSize(4) @IsString({ each: true }) @MaxLength(200, { each: true })
  lines!: string[];

  @ApiProperty({ example: '1000' }) @IsString() @MaxLength(16)
  postalCode!: string;

  @ApiProperty({ example: 'Bruxelles' }) @IsString() @MaxLength(100)
  locality!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  region?: string;

  @ApiProperty({ example: 'BE', description: 'ISO 3166-1 alpha-2' }) @IsString() @MaxLength(2)
  country!: string;
}

export class DebtorRequest implements DebtorInput {
  @ApiProperty({ enum: ['person', 'company'] }) @IsIn(['person', 'company'])
  kind!: string;

  @ApiPropertyOptional({ example: 'Marie' }) @IsOptional() @IsString() @MaxLength(200)
  givenNames?: string;

  @ApiPropertyOptional({ example: 'Dubois' }) @IsOptional() @IsString() @MaxLength(200)
  familyName?: string;

  @ApiPropertyOptional({ example: '1985-07-30', description: 'YYYY-MM-DD; persons only' }) @IsOptional() @IsString()
  birthDate?: string;

  @ApiPropertyOptional({ example: '85.07.30-033.28', description: 'checked with the country check-digit rule (BE, FR, ES, NL, SE)' })
  @IsOptional() @IsString() @MaxLength(30)
  nationalId?: string;

  @ApiPropertyOptional({ example: 'Brasserie Dubois SRL' }) @IsOptional() @IsString() @MaxLength(200)
  legalName?: string;

  @ApiPropertyOptional({ example: '0403.170.701' }) @IsOptional() @IsString() @MaxLength(30)
  companyNumber?: string;

  @ApiPropertyOptional({ example: 'BE0403170701' }) @IsOptional() @IsString() @MaxLength(30)
  vatNumber?: string;

  @ApiPropertyOptional({ type: [AddressRequest] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AddressRequest)
  addresses?: AddressRequest[];

  @ApiPropertyOptional({ example: ['+32470123456'] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  phones?: string[];

  @ApiPropertyOptional({ example: ['marie.dubois@example.be'] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  emails?: string[];

  @ApiProperty({ example: 'fr-BE', description: 'BCP 47' }) @IsString() @MaxLength(35)
  language!: string;

  @ApiProperty({ example: 'BE', description: 'ISO 3166-1 alpha-2 country of residence or seat' }) @IsString() @MaxLength(2)
  country!: string;
}

export class InvoiceRequest implements InvoiceInput {
  @ApiProperty({ example: 'INV-2026-0042' }) @IsString() @MaxLength(64)
  number!: string;

  @ApiProperty({ example: '2026-08-01' }) @IsString()
  issueDate!: string;

  @ApiProperty({ example: '2026-08-31', description: 'must not be after today' }) @IsString()
  dueDate!: string;

  @ApiProperty({ example: 125000, description: 'integer minor units: EUR 1,250.00 is 125000' }) @IsInt()
  principalMinor!: number;

  @ApiProperty({ example: 'EUR' }) @IsString()
  currency!: string;
}

export class PartialPaymentRequest implements PartialPaymentInput {
  @ApiProperty({ example: '2026-09-15' }) @IsString()
  paidOn!: string;

  @ApiProperty({ example: 20000 }) @IsInt()
  amountMinor!: number;

  @ApiProperty({ example: 'EUR' }) @IsString()
  currency!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(140)
  reference?: string;
}

export class CaseFileRequest implements CaseFileInput {
  @ApiProperty({ example: 'ACME-2026-000123', description: 'your reference, unique among your cases' }) @IsString() @MaxLength(64)
  creditorReference!: string;

  @ApiProperty({ enum: ['B2C', 'B2B'] }) @IsIn(['B2C', 'B2B'])
  category!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217; every amount of the case is in it' }) @IsString()
  currency!: string;

  @ApiProperty({ type: DebtorRequest }) @IsObject() @ValidateNested() @Type(() => DebtorRequest)
  debtor!: DebtorRequest;

  @ApiProperty({ type: [InvoiceRequest] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => InvoiceRequest)
  invoices!: InvoiceRequest[];

  @ApiPropertyOptional({ example: 800, description: 'annual contractual rate in basis points (8.00 %)' }) @IsOptional() @IsInt()
  interestRateBp?: number;

  @ApiPropertyOptional({ example: 1520, description: 'contractual interest accrued so far, minor units' }) @IsOptional() @IsInt()
  interestMinor?: number;

  @ApiPropertyOptional({ example: 4000, description: 'contractual costs already incurred, minor units' }) @IsOptional() @IsInt()
  costsMinor?: number;

  @ApiPropertyOptional({ type: [PartialPaymentRequest] })
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => PartialPaymentRequest)
  partialPayments?: PartialPaymentRequest[];
}
