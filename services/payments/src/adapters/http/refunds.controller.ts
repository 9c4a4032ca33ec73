import { Body, Controller, Get, Headers, NotFoundException, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { RequestValidationError } from '@collections/observability';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { issueRefund, type IssuedRefund } from '../../application/commands/issue-refund';
import { PayoutFileRenderer } from '../../application/ports/creditor-accounts.port';
import { UnitOfWork } from '../../application/ports/payments-transaction.port';
import { AmountRequest } from './gateway-receipts.controller';

// Printable ASCII without spaces, as clients generate them (a UUID, a ULID, "refund-<case>-1").
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{8,100}$/;

export class RefundRequest {
  /** The debtor's IBAN (spaces allowed); its country, length and check digits are checked (422 naming `iban`). */
  @IsString() @MaxLength(50)
  iban!: string;

  /** The bank's BIC; required for a refund in a currency other than EUR (paid outside SEPA). */
  @IsOptional() @IsString() @MaxLength(20)
  bic?: string;

  /** The account holder; the debtor's name as the case has it when absent. */
  @IsOptional() @IsString() @MaxLength(70)
  name?: string;

  /** Part of the refund due, in the case currency; the whole refund due when absent. */
  @IsOptional() @ValidateNested() @Type(() => AmountRequest)
  amount?: AmountRequest;
}

/** Paying overpayments back to debtors: the refund, its pain.001 file, and a case's refunds. */
@ApiTags('refunds')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops')
export class RefundsController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly files: PayoutFileRenderer,
    private readonly clock: Clock,
  ) {}

  @Post('cases/:caseId/refunds')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8–100 printable characters; the same key again answers with the refund it made (200) and books nothing' })
  @ApiOperation({
    summary: "Pay the debtor's overpayment back to their IBAN: books REFUND_PAID, never more than the refund due, and writes a pain.001 (SEPA in EUR, non-SEPA otherwise)",
  })
  async issue(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: RefundRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (idempotencyKey === undefined || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new RequestValidationError([{ field: 'Idempotency-Key', reason: 'the Idempotency-Key header is required: 8 to 100 printable characters without spaces' }]);
    }
    const issued = await this.uow.run((tx) =>
      issueRefund(tx, this.files, {
        idempotencyKey, caseId, iban: body.iban, ...(body.bic !== undefined ? { bic: body.bic } : {}), ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.amount ? { amount: { amountMinor: BigInt(body.amount.amountMinor), currency: body.amount.currency } } : {}),
      }, this.clock.now()),
    );
    response.status(issued.replayed ? 200 : 201);
    return refundAnswer(issued);
  }

  @Get('cases/:caseId/refunds')
  @ApiOperation({ summary: "A case's refunds, oldest first; `returned` when the debtor's bank sent the transfer back (the refund is due again)" })
  async list(@Param('caseId', new ParseUUIDPipe()) caseId: string) {
    const refunds = await this.uow.run((tx) => tx.refunds.forCase(caseId));
    return refunds.map((refund) => ({
      refundId: refund.refundId, caseId: refund.caseId, amountMinor: refund.amount.amountMinor.toString(), currency: refund.amount.currency, executionDate: refund.executionDate,
      issuedAt: refund.issuedAt, account: `…${refund.beneficiary.iban.slice(-4)}`, paymentFile: `/ops/refunds/${refund.refundId}/payment-file`,
      returned: refund.returned ? { at: refund.returned.at, reason: refund.returned.reason ?? null } : null,
    }));
  }

  @Get('refunds/:refundId/payment-file')
  @ApiOperation({ summary: "A refund's pain.001 credit-transfer file, to send to the agency's bank" })
  async paymentFile(@Param('refundId') refundId: string, @Res() response: Response) {
    const file = await this.uow.run((tx) => tx.refunds.paymentFile(refundId));
    if (file === undefined) throw new NotFoundException(`no refund ${refundId}`);
    response.type('application/xml').attachment(`refund-${refundId}.xml`).send(file);
  }
}

function refundAnswer({ refund, refundDueAfter, replayed }: IssuedRefund) {
  return {
    refundId: refund.refundId, caseId: refund.caseId, amountMinor: refund.amount.amountMinor.toString(), currency: refund.amount.currency, executionDate: refund.executionDate,
    issuedAt: refund.issuedAt, account: `…${refund.beneficiary.iban.slice(-4)}`, refundDueAfterMinor: refundDueAfter.amountMinor.toString(),
    paymentFile: `/ops/refunds/${refund.refundId}/payment-file`, replayed,
  };
}
