import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { AgentDirectory, UnitOfWork } from '../../application/ports/contact-center.ports';
import { AgentRequest, CreditorTermsRequest, RatesRequest } from './requests';

const DECIMAL = /^\d{1,6}(\.\d{1,10})?$/;

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
    const invalid = Object.entries(body.eurPer).filter(([currency, rate]) => !/^[A-Z]{3}$/.test(currency) || typeof rate !== 'string' || !DECIMAL.test(rate) || Number(rate) === 0);
    if (invalid.length > 0) {
      throw Object.assign(new Error(`rates must map ISO 4217 codes to positive decimal strings: ${invalid.map(([currency]) => currency).join(', ')}`), { category: 'invalid', code: 'CONTACT_CENTER.RATES_INVALID' });
    }
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
