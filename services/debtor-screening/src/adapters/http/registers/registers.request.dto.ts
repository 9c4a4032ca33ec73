import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { REGISTER_KINDS, type RegisterKind } from '../../../domain/registers/register-entry';

/** `BE.central-individual-debt-register`: the country, a dot, the register's name in lower case. */
export const REGISTER_SOURCE = /^[A-Z]{2}\.[a-z0-9][a-z0-9-]{1,79}$/;

export class RegisterSourceParams {
  @ApiProperty({ example: 'BE.central-individual-debt-register' })
  @Matches(REGISTER_SOURCE, { message: 'source must be a country code, a dot and a lower-case name (e.g. BE.central-individual-debt-register)' })
  source!: string;
}

export class RegisterImportQuery {
  @ApiProperty({ enum: REGISTER_KINDS, description: 'situations (special situations) or an identity register (persons, companies)' })
  @IsIn(REGISTER_KINDS, { message: `kind must be one of ${REGISTER_KINDS.join(', ')}` })
  kind!: RegisterKind;

  @ApiPropertyOptional({ example: 'rcd-2026-11-22.csv', description: 'the file name kept in the report' })
  @IsOptional() @IsString() @MaxLength(200)
  fileName?: string;
}
