import { Body, Controller, HttpCode, Inject, Param, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { recordCallback, type CallbackStatus } from '../../application/commands/record-callback';
import { UnitOfWork } from '../../application/ports/delivery.ports';

export const CALLBACK_TOKEN = Symbol('CALLBACK_TOKEN');

export class DeliveryCallbackRequest {
  @IsString() @MinLength(1) @MaxLength(500)
  providerMessageId!: string;

  @IsIn(['delivered', 'opened', 'bounced'], { message: 'status must be delivered, opened or bounced' })
  status!: CallbackStatus;

  @IsOptional() @IsISO8601({ strict: true }, { message: 'at must be an ISO 8601 instant' })
  at?: string;
}

/** Providers tell what became of a message (delivered, opened, bounced); they authenticate with the shared X-Callback-Token. */
@ApiTags('delivery callbacks')
@ApiHeader({ name: 'X-Callback-Token', required: true })
@Controller('v1/delivery-callbacks')
export class DeliveryCallbacksController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    @Inject(CALLBACK_TOKEN) private readonly token: string,
  ) {}

  @Post(':provider')
  @HttpCode(200)
  @ApiOperation({ summary: 'A provider reports a delivery, an opening or a bounce' })
  async callback(@Param('provider') _provider: string, @Body() body: DeliveryCallbackRequest, @Req() req: Request) {
    const presented = Buffer.from(req.header('x-callback-token') ?? '');
    const expected = Buffer.from(this.token);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) throw new UnauthorizedException('the callback token is required (X-Callback-Token)');
    const outcome = await recordCallback(this.uow, body.providerMessageId, body.status, body.at ? new Date(body.at) : this.clock.now());
    return { outcome };
  }
}
