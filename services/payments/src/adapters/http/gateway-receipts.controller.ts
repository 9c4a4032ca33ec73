import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { Request } from 'express';
import { verifyGatewaySignature } from './gateway-signature';
import { ReceiptCoalescer } from './receipt-coalescer';

export const GATEWAY_SIGNATURE_OPTIONS = Symbol('GATEWAY_SIGNATURE_OPTIONS');
export interface GatewaySignatureOptions {
  secrets: ReadonlyMap<string, string>;
  toleranceS: number;
}

export class AmountRequest {
  @Matches(/^[1-9]\d{0,15}$/, { message: 'amountMinor must be a positive whole number of minor units, as a string of digits' })
  amountMinor!: string;

  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;
}

export class GatewayReceiptRequest {
  /** The gateway's own payment id: a receipt posted again with it is recognised. */
  @IsString() @MinLength(1) @MaxLength(100)
  paymentId!: string;

  /** The case, when the payment page knew it. */
  @IsOptional() @IsUUID('4', { message: 'caseId must be a UUID' })
  caseId?: string;

  /** The structured reference the debtor paid with, when not the case id. */
  @IsOptional() @IsString() @MaxLength(140)
  reference?: string;

  @ValidateNested() @Type(() => AmountRequest)
  amount!: AmountRequest;

  @IsIn(['CARD', 'BANK_TRANSFER'], { message: 'method must be CARD or BANK_TRANSFER' })
  method!: 'CARD' | 'BANK_TRANSFER';

  /** When the gateway captured the money (ISO 8601); its date is the value date. */
  @IsISO8601({ strict: true }, { message: 'paidAt must be an ISO 8601 instant' })
  paidAt!: string;

  @IsOptional() @IsString() @MaxLength(140)
  payerName?: string;
}

/**
 * Payment gateways post each captured payment here, signed (see gateway-signature.ts). The
 * signature is checked over the exact bytes received before anything is read; a refused request
 * changes nothing. Answering 200 with the receipt's fate, also for a repeat, stops the gateway
 * from retrying.
 */
@ApiTags('receipts')
@ApiHeader({ name: 'X-Signature', required: true, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' })
@Controller('v1/gateway-receipts')
export class GatewayReceiptsController {
  constructor(
    private readonly receipts: ReceiptCoalescer,
    private readonly clock: Clock,
    @Inject(GATEWAY_SIGNATURE_OPTIONS) private readonly options: GatewaySignatureOptions,
  ) {}

  @Post(':provider')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a payment captured by a gateway (HMAC-signed, idempotent on the gateway payment id)' })
  async receive(@Param('provider') provider: string, @Headers('x-signature') signature: string | undefined, @Req() request: Request & { rawBody?: Buffer }, @Body() body: GatewayReceiptRequest) {
    const now = this.clock.now();
    const verdict = verifyGatewaySignature(signature, request.rawBody, this.options.secrets.get(provider), Math.floor(Date.now() / 1000), this.options.toleranceS);
    if (!verdict.ok) throw new UnauthorizedException(verdict.reason);
    return this.receipts.receive({
        id: randomUUID(), source: 'gateway', externalId: `${provider}:${body.paymentId}`, ...(body.caseId ? { caseId: body.caseId } : {}),
        amount: { amountMinor: BigInt(body.amount.amountMinor), currency: body.amount.currency }, method: body.method, valueDate: body.paidAt.slice(0, 10),
        payerReference: body.reference ?? '', payerName: body.payerName ?? '', receivedAt: now.toISOString(), toCreditor: false, lateReport: false,
    });
  }
}
