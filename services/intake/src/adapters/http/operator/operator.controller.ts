import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Put, UnprocessableEntityException, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateCreditorHandler } from '../../../application/commands/create-creditor/create-creditor.handler';
import { SqlChannelDirectory } from '../../persistence/sql-channel.directory';
import { SqlConsultantDirectory } from '../../persistence/sql-consultant.directory';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { AddConsultantRequest, ChangeConsultantRequest, CreateCreditorRequest, RegisterChannelRequest } from './operator.request.dto';

/** Agency operators: creditor accounts, the consultant directory and intake channels. */
@ApiTags('operator')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops')
export class OperatorController {
  constructor(
    private readonly createCreditor: CreateCreditorHandler,
    private readonly consultants: SqlConsultantDirectory,
    private readonly channels: SqlChannelDirectory,
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

  @Put('channels')
  @ApiOperation({ summary: 'Register an intake channel (or change its registration): which creditors it may submit claims for on Kafka' })
  async registerChannel(@Body() body: RegisterChannelRequest) {
    const unknown = await this.channels.unknownCreditors(body.creditorIds);
    if (unknown.length > 0) throw new UnprocessableEntityException(`no creditor account for ${unknown.join(', ')}`);
    return this.channels.register(body);
  }

  @Get('channels')
  listChannels() {
    return this.channels.list();
  }
}
