import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { UnitOfWork } from '../../application/ports/delivery.ports';
import { LANGUAGES } from '../../domain/message';

export class CreditorAddressRequest {
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) @MaxLength(200, { each: true })
  lines!: string[];

  @IsString() @MinLength(1) @MaxLength(20)
  postalCode!: string;

  @IsString() @MinLength(1) @MaxLength(100)
  locality!: string;

  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country!: string;
}

export class CreditorIdentityRequest {
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @IsString() @MinLength(1) @MaxLength(50)
  enterpriseNumber!: string;

  @ValidateNested() @Type(() => CreditorAddressRequest)
  address!: CreditorAddressRequest;

  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @IsOptional() @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: string;

  @IsOptional() @IsBoolean()
  dailyDigest?: boolean;
}

/**
 * The creditor identity letters show (BE, FR and DE law require the creditor's name, number and
 * address), and how the agency writes to the creditor: address, language, one e-mail per event or a
 * daily digest.
 */
@ApiTags('creditors')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/creditors')
export class CreditorIdentitiesController {
  constructor(private readonly uow: UnitOfWork) {}

  @Put(':creditorId/identity')
  @HttpCode(204)
  @ApiOperation({ summary: 'Register or change what letters show of a creditor' })
  async register(@Param('creditorId', new ParseUUIDPipe()) creditorId: string, @Body() body: CreditorIdentityRequest) {
    await this.uow.run((tx) => tx.cases.saveCreditor(creditorId, { name: body.name, enterpriseNumber: body.enterpriseNumber, address: body.address, ...(body.email ? { email: body.email } : {}), ...(body.language ? { language: body.language } : {}), ...(body.dailyDigest ? { dailyDigest: true } : {}) }));
  }
}
