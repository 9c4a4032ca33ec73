import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SubmitCaseHandler } from '../../../application/commands/submit-case/submit-case.handler';
import { WithdrawCaseHandler } from '../../../application/commands/withdraw-case/withdraw-case.handler';
import { CaseQueries } from '../../persistence/case.queries';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';
import { CaseFileRequest } from '../dto/case-file.request.dto';
import { ListCasesQuery, WithdrawCaseRequest } from './cases.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/cases')
export class CasesController {
  constructor(
    private readonly submitCase: SubmitCaseHandler,
    private readonly withdrawCase: WithdrawCaseHandler,
    private readonly queries: CaseQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Submit one case', description: 'Idempotent on your reference: the same content again returns the existing case (200); different content answers 409 listing the differing fields.' })
  @ApiResponse({ status: 201, description: 'case opened' })
  @ApiResponse({ status: 200, description: 'this reference was already submitted with the same content' })
  @ApiResponse({ status: 409, description: 'this reference was already submitted with different content; `errors` lists the differing fields' })
  @ApiResponse({ status: 422, description: 'the case breaks an intake rule; `errors` lists every field and reason' })
  async submit(@CurrentCreditor() creditorId: string, @Body() body: CaseFileRequest, @Res({ passthrough: true }) res: Response) {
    const submitted = await this.submitCase.execute(creditorId, body);
    res.status(submitted.created ? 201 : 200).location(`/v1/cases/${submitted.caseId}`);
    return this.queries.get(creditorId, submitted.caseId);
  }

  @Get()
  @ApiOperation({ summary: 'List your cases, newest first' })
  list(@CurrentCreditor() creditorId: string, @Query() query: ListCasesQuery) {
    return this.queries.list(creditorId, query);
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'One of your cases' })
  @ApiResponse({ status: 404, description: 'no case with this id among yours' })
  get(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string) {
    return this.queries.get(creditorId, caseId);
  }

  @Post(':caseId/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a case: all collection stops. Withdrawing twice changes nothing.' })
  async withdraw(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: WithdrawCaseRequest) {
    await this.withdrawCase.execute(creditorId, caseId, body.reason);
    return this.queries.get(creditorId, caseId);
  }
}
