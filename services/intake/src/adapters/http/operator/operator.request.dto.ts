import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

export class RegistrationFeeRequest {
  @ApiProperty({ example: 1500 }) @IsInt() @Min(0)
  amountMinor!: number;

  @ApiProperty({ example: 'EUR' }) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
}

export class CreateCreditorRequest {
  @ApiProperty({ example: 'Acme Energy SA' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: RegistrationFeeRequest, description: 'charged per case opened, when the contract has one' })
  @IsOptional() @ValidateNested() @Type(() => RegistrationFeeRequest)
  registrationFee?: RegistrationFeeRequest;
}

const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

export class AddConsultantRequest {
  @ApiProperty({ example: 'Sofie Peeters' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'sofie.peeters@agency.example' }) @IsEmail()
  email!: string;

  @ApiProperty({ example: ['BE', 'NL'] }) @IsArray() @ArrayMinSize(1) @Matches(COUNTRY, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes' })
  countries!: string[];

  @ApiProperty({ example: ['nl', 'fr'], description: 'primary language subtags' })
  @IsArray() @ArrayMinSize(1) @Matches(LANGUAGE, { each: true, message: 'languages must be lower-case primary language subtags such as "nl"' })
  languages!: string[];
}

export class ChangeConsultantRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional() @IsOptional() @IsEmail()
  email?: string;

  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMinSize(1) @Matches(COUNTRY, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes' })
  countries?: string[];

  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMinSize(1) @Matches(LANGUAGE, { each: true, message: 'languages must be lower-case primary language subtags such as "nl"' })
  languages?: string[];

  @ApiPropertyOptional({ description: 'false: no new cases are assigned to this consultant' }) @IsOptional() @IsBoolean()
  active?: boolean;
}

export class RegisterChannelRequest {
  @ApiProperty({ example: 'acme-sap-connector', description: 'the channel_id the channel puts in every ClaimSubmitted' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'channelId must be 3-64 lower-case letters, digits, dots, dashes or underscores' })
  channelId!: string;

  @ApiProperty({ example: 'Acme SAP connector' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'the creditors this channel may submit claims for' })
  @IsArray() @ArrayMinSize(1) @IsUUID('all', { each: true })
  creditorIds!: string[];

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean()
  active?: boolean;
}
