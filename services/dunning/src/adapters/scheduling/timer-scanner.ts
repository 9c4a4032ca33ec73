import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { BatchPoller } from '@collections/service-runtime';
import { fireDueSteps } from '../../application/commands/fire-due-steps';
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
  private readonly poller: BatchPoller;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly playbook: Playbook,
    private readonly clock: Clock,
    @Inject(TIMER_SCANNER_OPTIONS) options: TimerScannerOptions,
  ) {
    this.poller = new BatchPoller(
      async () => {
        const report = await fireDueSteps(this.uow, this.playbook, this.clock, options.batchSize);
        return report.fired + report.moved + report.skipped + report.cancelled;
      },
      { ...options, onError: (error) => this.logger.warn({ msg: 'timer scan failed; the next pass retries', err: error.message }) },
    );
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller.stop();
  }

  /** Fires every timer due now, batch after batch; returns how many timers were handled. */
  drain(): Promise<number> {
    return this.poller.drain();
  }
}
