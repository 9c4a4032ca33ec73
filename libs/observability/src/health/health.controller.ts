import type { ServerResponse } from 'node:http';
import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService } from '@nestjs/terminus';
import { ReadinessChecks } from './readiness-checks.service';
import { ShutdownState } from './shutdown-state.service';

const SHUTTING_DOWN_REPORT = {
  status: 'error',
  info: {},
  error: { shutdown: { status: 'down', message: 'the service is shutting down' } },
  details: { shutdown: { status: 'down', message: 'the service is shutting down' } },
} as const;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessChecks,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process is up and its event loop answers; never depends on the database or Kafka. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Every readiness probe answers. Reports with terminus's body in both cases, so the 503 is
   * answered here rather than as a problem+json error: it is a report, not a failure of the call.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: ServerResponse): Promise<object> {
    if (this.shutdown.isShuttingDown) {
      res.statusCode = HttpStatus.SERVICE_UNAVAILABLE;
      return SHUTTING_DOWN_REPORT;
    }
    try {
      return await this.health.check(this.readiness.indicatorFunctions());
    } catch (error: unknown) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.statusCode = HttpStatus.SERVICE_UNAVAILABLE;
      return error.getResponse() as object;
    }
  }
}
