import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { DestinationStream } from 'pino';
import { HealthModule } from './health/health.module';
import type { HealthModuleOptions } from './health/readiness-probe.types';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation-pipe.factory';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';

export interface ObservabilityModuleOptions extends HealthModuleOptions {
  /** Service name on every log line, e.g. `payments`. */
  readonly service: string;
  /** pino level; `info` when omitted (pass `LOG_LEVEL` from config). */
  readonly logLevel?: string;
  /** Where JSON log lines go; stdout when omitted. */
  readonly logDestination?: DestinationStream;
  /** Installs `createValidationPipe()` as the global pipe; on unless a service opts out. */
  readonly globalValidationPipe?: boolean;
}

/**
 * Everything DESIGN.md §4 asks of every service's HTTP side, for its composition root:
 * JSON logs with request and trace ids, `/metrics`, `/health/live` and `/health/ready`, the
 * problem+json filter and the validation pipe.
 */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityModuleOptions): DynamicModule {
    const { service, logLevel, logDestination, globalValidationPipe = true, ...health } = options;
    const providers: Provider[] = [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }];
    if (globalValidationPipe) providers.push({ provide: APP_PIPE, useFactory: createValidationPipe });
    return {
      module: ObservabilityModule,
      imports: [
        LoggingModule.forRoot({ service, level: logLevel, destination: logDestination }),
        MetricsModule,
        HealthModule.forRoot(health),
      ],
      providers,
      exports: [HealthModule],
    };
  }
}
