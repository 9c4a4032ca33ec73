import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class WithdrawCaseRequest {
  @ApiProperty({ example: 'settled directly with the debtor' }) @IsString() @MinLength(1) @MaxLength(500)
  reason!: string;
}

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: ['open', 'withdrawn'] }) @IsOptional() @IsIn(['open', 'withdrawn'])
  state?: 'open' | 'withdrawn';

  @ApiPropertyOptional({ description: 'your reference, exact match' }) @IsOptional() @IsString() @MaxLength(64)
  creditorReference?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'the `nextCursor` of the previous page' }) @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
