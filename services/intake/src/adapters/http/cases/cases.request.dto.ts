import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class WithdrawCaseRequest {
  @ApiProperty({ example: 'settled directly with the debtor' }) @IsString() @MinLength(1) @MaxLength(500)
  reason!: string;
}

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: ['open', 'withdrawn'] }) @IsOptional() @IsIn(['open', 'withdrawn'])
  state?: 'open' | 'withdrawn';

  @ApiPropertyOptional({ enum: ['ACTIVE', 'PAID_IN_FULL', 'CLOSED'], description: 'where the case stands: still being collected, paid in full, or closed by the agency' })
  @IsOptional() @IsIn(['ACTIVE', 'PAID_IN_FULL', 'CLOSED'])
  outcome?: 'ACTIVE' | 'PAID_IN_FULL' | 'CLOSED';

  @ApiPropertyOptional({ description: "the debtor's country, ISO 3166-1 alpha-2" }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be two capital letters (ISO 3166-1)' })
  country?: string;

  @ApiPropertyOptional({ description: 'your reference, exact match' }) @IsOptional() @IsString() @MaxLength(64)
  creditorReference?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'the `nextCursor` of the previous page' }) @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
