import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { UnitOfWork } from '../../application/ports/payments-transaction.port';
import { checkedPayoutAccount, validateContract } from '../../domain/remittance';
import { PaymentsSchedule } from '../scheduling/payments-schedule';

const DIGITS = /^\d{1,15}$/;

export class CommissionBandRequest {
  /** Upper bound of the band in minor units (inclusive); omitted for the last band. */
  @IsOptional() @Matches(DIGITS, { message: 'upToMinor must be a whole number of minor units' })
  upToMinor?: string;

  @IsInt() @Min(0) @Max(10_000)
  rateBp!: number;
}

export class ContractRequest {
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;

  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => CommissionBandRequest)
  commissionBands!: CommissionBandRequest[];

  @Matches(DIGITS, { message: 'minimumCommissionMinor must be a whole number of minor units' })
  minimumCommissionMinor!: string;

  @Matches(DIGITS, { message: 'costPerReceiptMinor must be a whole number of minor units' })
  costPerReceiptMinor!: string;
}

export class CreditorTermsRequest {
  @IsString() @MinLength(1) @MaxLength(70)
  name!: string;

  @Matches(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, { message: 'iban must be an IBAN without spaces' })
  iban!: string;

  @IsOptional() @Matches(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { message: 'bic must be a BIC' })
  bic?: string;

  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => ContractRequest)
  contracts!: ContractRequest[];

  @IsInt() @Min(0) @Max(10_000)
  taxRateBp!: number;

  @IsInt() @Min(0) @Max(120)
  invoiceDueDays!: number;
}

/** The creditor side of the money: terms, remittances with their files, fee invoices, and the runs. */
@ApiTags('creditor accounts')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops')
export class CreditorAccountsController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly schedule: PaymentsSchedule,
  ) {}

  @Put('creditors/:creditorId/terms')
  @HttpCode(204)
  @ApiOperation({ summary: "Register a creditor's payout account, commission per currency and invoice terms; the IBAN's check digits are checked, and a BIC is required when any contract is not in EUR (422)" })
  async saveTerms(@Param('creditorId', new ParseUUIDPipe()) creditorId: string, @Body() body: CreditorTermsRequest) {
    const contracts = body.contracts.map((contract) =>
      validateContract({
        creditorId, currency: contract.currency, minimumCommissionMinor: BigInt(contract.minimumCommissionMinor), costPerReceiptMinor: BigInt(contract.costPerReceiptMinor),
        commissionBands: contract.commissionBands.map((band) => ({ upToMinor: band.upToMinor === undefined ? null : BigInt(band.upToMinor), rateBp: band.rateBp })),
      }),
    );
    const account = checkedPayoutAccount({ iban: body.iban, ...(body.bic ? { bic: body.bic } : {}) }, contracts.map((contract) => contract.currency), `creditor ${creditorId}`);
    await this.uow.run((tx) => tx.creditors.saveTerms({ creditorId, name: body.name, ...account, contracts, taxRateBp: body.taxRateBp, invoiceDueDays: body.invoiceDueDays }));
  }

  @Get('creditors/:creditorId/remittances')
  async remittances(@Param('creditorId', new ParseUUIDPipe()) creditorId: string) {
    const rows = await this.uow.run((tx) => tx.creditors.remittances(creditorId));
    return rows.map((row) => ({ ...row, collected: row.collected.amountMinor.toString(), commission: row.commission.amountMinor.toString(), costs: row.costs.amountMinor.toString(), paidOut: row.paidOut.amountMinor.toString() }));
  }

  @Get('remittances/:remittanceId/:file')
  @ApiOperation({ summary: "A remittance's pain.001 payment file (SEPA in EUR; a non-SEPA transfer, SvcLvl NURG and ChrgBr SHAR, in any other currency), or its statement as CSV or PDF" })
  async file(@Param('remittanceId') remittanceId: string, @Param('file') file: string, @Res() response: Response) {
    if (file !== 'payment-file' && file !== 'statement.csv' && file !== 'statement.pdf') throw new NotFoundException(`no file ${file}: payment-file, statement.csv or statement.pdf`);
    const found = await this.uow.run((tx) => tx.creditors.remittanceFile(remittanceId, file));
    if (!found || found.content === '') throw new NotFoundException(`no ${file} for remittance ${remittanceId}`);
    const type = { 'payment-file': 'application/xml', 'statement.csv': 'text/csv; charset=utf-8', 'statement.pdf': 'application/pdf' }[file];
    response.type(type).send(found.content);
  }

  @Get('creditors/:creditorId/invoices')
  async invoices(@Param('creditorId', new ParseUUIDPipe()) creditorId: string) {
    const rows = await this.uow.run((tx) => tx.creditors.invoices(creditorId));
    return JSON.parse(JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
  }

  @Post('runs/daily')
  @HttpCode(200)
  @ApiOperation({ summary: "Run today's jobs now: missed instalments, lapsed settlements, remittances due, and fee invoices on the month's first business day" })
  async runDaily() {
    return JSON.parse(JSON.stringify(await this.schedule.runToday(), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
  }

  @Post('runs/fee-invoices')
  @HttpCode(200)
  @ApiOperation({ summary: 'Invoice every fee not yet invoiced, now' })
  async runInvoices() {
    return JSON.parse(JSON.stringify(await this.schedule.invoiceNow(), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
  }
}
