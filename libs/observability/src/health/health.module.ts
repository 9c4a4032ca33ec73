import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { ReadinessChecks } from './readiness-checks.service';
import { HEALTH_MODULE_OPTIONS, type HealthModuleOptions } from './readiness-probe.types';
import { ShutdownState } from './shutdown-state.service';

/**
 * `GET /health/live` and `GET /health/ready`. Readiness probes are DI tokens of providers
 * registered elsewhere in the app (e.g. persistence's `DatabaseReadiness`), resolved at start-up.
 */
@Module({})
export class HealthModule {
  static forRoot(options: HealthModuleOptions = {}): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController],
      providers: [{ provide: HEALTH_MODULE_OPTIONS, useValue: options }, ShutdownState, ReadinessChecks],
      exports: [ShutdownState],
    };
  }
}
