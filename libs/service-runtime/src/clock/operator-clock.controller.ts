import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { AdjustableClock, Clock, parseDuration } from '@collections/clock';
import { AdvanceClockRequestDto } from './advance-clock.request.dto';

/**
 * Operator endpoint, registered only outside production: moves this service's clock forward so
 * that durable timers due "in 14 days" fire now. Each replica keeps its own offset.
 */
@Controller('ops/clock')
export class OperatorClockController {
  constructor(@Inject(Clock) private readonly clock: AdjustableClock) {}

  @Get()
  read(): { now: string; offsetMs: number } {
    return { now: this.clock.now().toISOString(), offsetMs: this.clock.offset };
  }

  @Post('advance')
  @HttpCode(200)
  advance(@Body() request: AdvanceClockRequestDto): { now: string; offsetMs: number } {
    this.clock.advance(parseDuration(request.by));
    return this.read();
  }
}
