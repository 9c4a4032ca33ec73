import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUrl, Matches } from 'class-validator';
import { SqlWebhookStore } from '../../persistence/sql-webhook.store';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';

export class WebhookSubscriptionRequest {
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  url!: string;

  /** Timeline entry kinds (PAYMENT_RECEIVED, LETTER_SENT, …) or "*" for all. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @Matches(/^(\*|[A-Z_]{2,40})$/, { each: true, message: 'kinds must be timeline entry kinds (UPPER_SNAKE) or "*"' })
  kinds!: string[];
}

/**
 * Webhooks: a creditor subscribes URLs to kinds of case events (the timeline's entries). Deliveries
 * are signed (`X-Collections-Signature`, HMAC-SHA256 over the timestamp and the body with the secret
 * shown once at subscription), retried with back-off for more than a day, logged, and replayable.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: SqlWebhookStore,
    private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Subscribe a URL to kinds of case events; the signing secret is shown once' })
  subscribe(@CurrentCreditor() creditorId: string, @Body() body: WebhookSubscriptionRequest) {
    return this.webhooks.subscribe(creditorId, body.url, [...new Set(body.kinds)]);
  }

  @Get()
  list(@CurrentCreditor() creditorId: string) {
    return this.webhooks.subscriptions(creditorId);
  }

  @Delete(':subscriptionId')
  @HttpCode(204)
  async unsubscribe(@CurrentCreditor() creditorId: string, @Param('subscriptionId', new ParseUUIDPipe()) id: string) {
    if (!(await this.webhooks.unsubscribe(creditorId, id))) throw new NotFoundException(`no active subscription ${id}`);
  }

  @Get(':subscriptionId/deliveries')
  @ApiOperation({ summary: "The subscription's delivery log, newest first" })
  async deliveries(@CurrentCreditor() creditorId: string, @Param('subscriptionId', new ParseUUIDPipe()) id: string, @Query('limit') limit = '100') {
    if (!(await this.webhooks.owns(creditorId, id))) throw new NotFoundException(`no subscription ${id}`);
    return this.webhooks.deliveries(creditorId, id, Math.min(Math.max(Number(limit) || 100, 1), 500));
  }

  @Post(':subscriptionId/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Deliver again (a lost or failed delivery)' })
  async replay(@CurrentCreditor() creditorId: string, @Param('subscriptionId', new ParseUUIDPipe()) id: string, @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string) {
    if (!(await this.webhooks.replay(creditorId, id, deliveryId, this.clock.now()))) throw new NotFoundException(`no delivery ${deliveryId}`);
    return { deliveryId, state: 'pending' };
  }
}
