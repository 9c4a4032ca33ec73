import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { ProposalRefusedError } from '../../application/commands/errors';
import { AgentDirectory, UnitOfWork } from '../../application/ports/contact-center.ports';
import { validateRatesTable } from '../../domain/negotiation';
import { AgentRequest, CreditorTermsRequest, RatesRequest } from './requests';

/** What the agency's operators set: agents and their keys, exchange rates, creditors' negotiation terms. */
@ApiTags('operations')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops')
export class OperationsController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agents: AgentDirectory,
  ) {}

  @Post('agents')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an agent; the key is shown once' })
  async createAgent(@Body() body: AgentRequest) {
    const { agent, key } = await this.agents.create({ name: body.name, role: body.role, countries: body.countries, languages: body.languages });
    return { ...agent, key };
  }

  @Put('exchange-rates')
  @HttpCode(204)
  @ApiOperation({ summary: 'EUR per unit of each currency, for the EUR 50,000 authority limit' })
  async rates(@Body() body: RatesRequest) {
    const problems = validateRatesTable({ asOf: body.asOf, eurPer: body.eurPer });
    if (problems.length > 0) throw new ProposalRefusedError('the rates cannot be recorded', problems);
    await this.uow.run((tx) => tx.terms.saveRates(body.asOf, body.eurPer));
  }

  @Put('creditors/:creditorId/negotiation-terms')
  @HttpCode(204)
  @ApiOperation({ summary: "A creditor's own authority limit, minimum instalment, maximum duration and settlement floor" })
  async creditorTerms(@Param('creditorId', new ParseUUIDPipe()) creditorId: string, @Body() body: CreditorTermsRequest) {
    await this.uow.run((tx) =>
      tx.terms.saveCreditorTerms(creditorId, {
        ...(body.authorityLimitEurMinor ? { authorityLimitEurMinor: BigInt(body.authorityLimitEurMinor) } : {}),
        ...(body.minInstalmentMinor ? { minInstalmentMinor: BigInt(body.minInstalmentMinor) } : {}),
        ...(body.maxDurationMonths ? { maxDurationMonths: body.maxDurationMonths } : {}),
        ...(body.settlementFloorBp !== undefined ? { settlementFloorBp: body.settlementFloorBp } : {}),
      }),
    );
  }
}
