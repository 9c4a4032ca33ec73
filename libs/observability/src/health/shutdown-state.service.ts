import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { HEALTH_MODULE_OPTIONS, type HealthModuleOptions } from './readiness-probe.types';

/**
 * Whether the app has begun shutting down. Once it has, `/health/ready` answers 503 at once, so
 * load balancers stop sending traffic while in-flight work finishes. Set by the first shutdown
 * hook Nest calls (`onModuleDestroy`, then `beforeApplicationShutdown`), or by `begin()` from a
 * signal handler of the service's own.
 */
@Injectable()
export class ShutdownState implements OnModuleDestroy, BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(@Inject(HEALTH_MODULE_OPTIONS) private readonly options: HealthModuleOptions) {}

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  begin(): void {
    this.shuttingDown = true;
  }

  onModuleDestroy(): void {
    this.begin();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.begin();
    const delay = this.options.drainDelayMs ?? 0;
    if (delay > 0) await sleep(delay);
  }
}
