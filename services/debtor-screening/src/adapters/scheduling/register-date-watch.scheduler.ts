import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { watchRegisterDates } from '../../application/commands/watch-register-dates/watch-register-dates';
import { UnitOfWork } from '../../application/ports/screening-transaction.port';

export const REGISTER_DATE_WATCH_INTERVAL_MS = Symbol('REGISTER_DATE_WATCH_INTERVAL_MS');

/**
 * Runs the register date watch on a timer. Every replica runs it; the watch itself makes sure one
 * at a time does the work and each day is looked at once. The clock is the service's, so moving it
 * forward outside production (POST /ops/clock/advance) lets entries lapse in a test or a demo.
 */
@Injectable()
export class RegisterDateWatchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RegisterDateWatchScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    @Inject(REGISTER_DATE_WATCH_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; a pass still running is not doubled. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = watchRegisterDates(this.uow, this.clock)
      .then(({ checkedThrough, statusChanges }) => {
        if (statusChanges > 0) this.logger.log({ msg: 'register dates re-screened open cases', checkedThrough, statusChanges });
      })
      .catch((error: Error) => this.logger.warn({ msg: 'register date watch failed; the next pass retries', err: error.message }))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
