import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { CreditorDirectory } from '../../application/ports/creditor-directory.port';
import { CreditorAuthGuard, CurrentCreditor } from './auth/creditor-auth.guard';

export class IssueApiKeyRequest {
  @ApiProperty({ example: 'ERP connector, 2026 rotation' }) @IsString() @MaxLength(100)
  label!: string;
}

/**
 * A creditor's own keys. Rotation without downtime: issue a new key, switch clients to it, then
 * revoke the old one; both work in between.
 */
@ApiTags('api-keys')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly creditors: CreditorDirectory) {}

  @Post()
  @ApiOperation({ summary: 'Issue another key; the token is shown only in this answer' })
  issue(@CurrentCreditor() creditorId: string, @Body() body: IssueApiKeyRequest) {
    return this.creditors.issueKey(creditorId, body.label);
  }

  @Get()
  list(@CurrentCreditor() creditorId: string) {
    return this.creditors.listKeys(creditorId);
  }

  @Delete(':keyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key: it stops working at once' })
  async revoke(@CurrentCreditor() creditorId: string, @Param('keyId') keyId: string): Promise<void> {
    if (!(await this.creditors.revokeKey(creditorId, keyId))) throw new NotFoundException(`no active key ${keyId}`);
  }
}
