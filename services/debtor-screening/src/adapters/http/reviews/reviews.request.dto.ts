import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class ReviewDecisionRequest {
  @ApiProperty({ enum: ['same_debtor', 'different_debtor'] })
  @IsIn(['same_debtor', 'different_debtor'], { message: 'decision must be same_debtor or different_debtor' })
  decision!: 'same_debtor' | 'different_debtor';

  @ApiProperty({ example: 'reviewer@agency.example', description: 'who decided, kept with the decision' })
  @IsString() @MinLength(1) @MaxLength(200)
  reviewer!: string;

  @ApiPropertyOptional({ example: 'same birth date and street; court order names the debtor at this address' })
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class ReviewListQuery {
  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}
