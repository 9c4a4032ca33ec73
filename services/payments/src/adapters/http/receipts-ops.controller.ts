import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { receivePayment } from '../../application/commands/receive-payment';
import { assignSuspended, clearCheque, reverseReceipt } from '../../application/commands/settle-receipts';
import { UnitOfWork } from '../../application/ports/payments-transaction.port';
import { caseLedgerView } from '../../application/queries/case-ledger-view';
import { checkLedgerConsistency } from '../../application/queries/ledger-consistency';
import { AmountRequest } from './gateway-receipts.controller';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AssignSuspendedRequest {
  @IsUUID('4', { message: 'caseId must be a UUID' })
  caseId!: string;
}

export class ChequeRequest {
  /** The cheque number with the drawer's bank: a cheque entered twice is recognised. */
  @IsString() @MinLength(1) @MaxLength(60)
  chequeNumber!: string;

  @IsOptional() @IsUUID('4', { message: 'caseId must be a UUID' })
  caseId?: string;

  /** The payment reference written on the cheque or its slip, when no case id. */
  @IsOptional() @IsString() @MaxLength(140)
  reference?: string;

  @ValidateNested() @Type(() => AmountRequest)
  amount!: AmountRequest;

  @Matches(CALENDAR_DATE, { message: 'receivedOn must be a calendar date YYYY-MM-DD' })
  receivedOn!: string;

  @IsOptional() @IsString() @MaxLength(140)
  drawer?: string;
}

export class ChequeClearedRequest {
  @Matches(CALENDAR_DATE, { message: 'clearedOn must be a calendar date YYYY-MM-DD' })
  clearedOn!: string;
}

/** What operators do with receipts: the suspense queue, cheques, reversals, and a case's money in full. */
@ApiTags('receipts')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops')
export class ReceiptsOpsController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @Get('suspense')
  @ApiOperation({ summary: 'Receipts no case could be found for, oldest first, with the reason' })
  async suspense(@Query('limit') limit = '100') {
    const receipts = await this.uow.run((tx) => tx.receipts.suspense(Math.min(Math.max(Number(limit) || 100, 1), 1_000)));
    return receipts.map((receipt) => ({
      receiptId: receipt.id, source: receipt.source, amountMinor: receipt.amount.amountMinor.toString(), currency: receipt.amount.currency, valueDate: receipt.valueDate,
      payerReference: receipt.payerReference, payerName: receipt.payerName, reason: receipt.suspenseReason ?? '', receivedAt: receipt.receivedAt,
    }));
  }

  @Post('suspense/:receiptId/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Book a suspended receipt on the case an operator found for it' })
  assign(@Param('receiptId', new ParseUUIDPipe()) receiptId: string, @Body() body: AssignSuspendedRequest) {
    return this.uow.run((tx) => assignSuspended(tx, receiptId, body.caseId, this.clock.now()));
  }

  @Post('cheques')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a cheque received: pending, it counts only once cleared' })
  recordCheque(@Body() body: ChequeRequest) {
    const now = this.clock.now();
    return this.uow.run((tx) =>
      receivePayment(tx, {
        id: randomUUID(), source: 'cheque', externalId: body.chequeNumber, ...(body.caseId ? { caseId: body.caseId } : {}),
        amount: { amountMinor: BigInt(body.amount.amountMinor), currency: body.amount.currency }, method: 'CHEQUE', valueDate: body.receivedOn,
        payerReference: body.reference ?? '', payerName: body.drawer ?? '', receivedAt: now.toISOString(), toCreditor: false, lateReport: false,
      }, now),
    );
  }

  @Post('cheques/:receiptId/cleared')
  @HttpCode(200)
  @ApiOperation({ summary: 'The cheque cleared: it is allocated, and remitted within 14 days of clearing' })
  cleared(@Param('receiptId', new ParseUUIDPipe()) receiptId: string, @Body() body: ChequeClearedRequest) {
    return this.uow.run((tx) => clearCheque(tx, receiptId, body.clearedOn, this.clock.now()));
  }

  @Post('cheques/:receiptId/bounced')
  @HttpCode(200)
  @ApiOperation({ summary: 'The cheque bounced: a pending cheque never counts; a cleared one is reversed' })
  async bounced(@Param('receiptId', new ParseUUIDPipe()) receiptId: string) {
    return { receiptId, outcome: await this.uow.run((tx) => reverseReceipt(tx, receiptId, this.clock.now())) };
  }

  @Post('receipts/:receiptId/reverse')
  @HttpCode(200)
  @ApiOperation({ summary: 'A chargeback or a returned transfer: take the receipt back off its case' })
  async reverse(@Param('receiptId', new ParseUUIDPipe()) receiptId: string) {
    return { receiptId, outcome: await this.uow.run((tx) => reverseReceipt(tx, receiptId, this.clock.now())) };
  }

  @Get('cases/:caseId/ledger')
  @ApiOperation({ summary: "A case's balance, references, receipts, plans and postings" })
  async ledger(@Param('caseId', new ParseUUIDPipe()) caseId: string) {
    const view = await this.uow.run((tx) => caseLedgerView(tx, caseId));
    if (!view) throw new NotFoundException(`payments knows no case ${caseId}`);
    return view;
  }

  @Post('ledger/consistency-check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Recompute every balance from its postings and report any difference' })
  async consistency() {
    const report = await checkLedgerConsistency(this.uow);
    return JSON.parse(JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
  }
}
