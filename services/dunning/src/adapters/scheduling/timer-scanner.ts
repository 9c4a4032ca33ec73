import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { fireDueSteps, type FiringReport } from '../../application/commands/fire-due-steps';
import { UnitOfWork } from '../../application/ports/dunning-transaction.port';
import { Playbook } from '../../application/ports/playbook.port';

export const TIMER_SCANNER_OPTIONS = Symbol('TIMER_SCANNER_OPTIONS');

export interface TimerScannerOptions {
  /** How often an idle scanner looks for due timers: one indexed query per pass. */
  intervalMs: number;
  /** Timers claimed per transaction. */
  batchSize: number;
}

/**
 * Fires due step timers on every replica: each pass claims a batch with FOR UPDATE SKIP LOCKED,
 * so replicas share the work and never fire a timer twice; a full batch is followed at once by
 * the next, an empty one waits for the interval.
 */
@Injectable()
export class TimerScanner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TimerScanner.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<FiringReport>;
  private stopped = false;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly playbook: Playbook,
    private readonly clock: Clock,
    @Inject(TIMER_SCANNER_OPTIONS) private readonly options: TimerScannerOptions,
  ) {}

  onApplicationBootstrap(): void {
    const loop = async () => {
      await this.drain().catch((error: Error) => this.logger.warn({ msg: 'timer scan failed; the next pass retries', err: error.message }));
      if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs);
    };
    this.timer = setTimeout(loop, this.options.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Fires every timer due now, batch after batch; returns the totals. */
  async drain(): Promise<FiringReport> {
    const total: FiringReport = { fired: 0, moved: 0, skipped: 0, cancelled: 0 };
    for (;;) {
      if (this.stopped) return total;
      this.running = fireDueSteps(this.uow, this.playbook, this.clock, this.options.batchSize);
      const report = await this.running;
      this.running = undefined;
      total.fired += report.fired;
      total.moved += report.moved;
      total.skipped += report.skipped;
      total.cancelled += report.cancelled;
      if (report.fired + report.moved + report.skipped + report.cancelled < this.options.batchSize) return total;
    }
  }
}
