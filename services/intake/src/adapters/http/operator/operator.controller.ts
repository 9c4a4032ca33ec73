import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateCreditorHandler } from '../../../application/commands/create-creditor/create-creditor.handler';
import { SqlConsultantDirectory } from '../../persistence/sql-consultant.directory';
import { OperatorAuthGuard } from '../auth/operator-auth.guard';
import { AddConsultantRequest, ChangeConsultantRequest, CreateCreditorRequest } from './operator.request.dto';

/** Agency operators: creditor accounts and the consultant directory. */
@ApiTags('operator')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops')
export class OperatorController {
  constructor(
    private readonly createCreditor: CreateCreditorHandler,
    private readonly consultants: SqlConsultantDirectory,
  ) {}

  @Post('creditors')
  @ApiOperation({ summary: 'Create a creditor account and its first API key (the key is shown only in this answer)' })
  async addCreditor(@Body() body: CreateCreditorRequest) {
    const fee = body.registrationFee && { amountMinor: BigInt(body.registrationFee.amountMinor), currency: body.registrationFee.currency };
    const { creditorId, apiKey } = await this.createCreditor.execute({ name: body.name, registrationFee: fee });
    return { creditorId, apiKey: { keyId: apiKey.keyId, token: apiKey.token, createdAt: apiKey.createdAt } };
  }

  @Post('consultants')
  @ApiOperation({ summary: 'Add a consultant to the directory' })
  addConsultant(@Body() body: AddConsultantRequest) {
    return this.consultants.add(body);
  }

  @Get('consultants')
  listConsultants() {
    return this.consultants.list();
  }

  @Patch('consultants/:id')
  @ApiOperation({ summary: 'Change a consultant: countries, languages, or active=false to stop new assignments' })
  async changeConsultant(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeConsultantRequest) {
    const changed = await this.consultants.change(id, body);
    if (!changed) throw new NotFoundException(`no consultant ${id}`);
    return changed;
  }
}
