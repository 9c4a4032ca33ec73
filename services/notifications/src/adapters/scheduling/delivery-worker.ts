import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { deliverDue, MessageComposer, type Channels, type DeliveryReport } from '../../application/commands/deliver-due';
import { UnitOfWork } from '../../application/ports/delivery.ports';

export const DELIVERY_WORKER_OPTIONS = Symbol('DELIVERY_WORKER_OPTIONS');
export const CHANNELS = Symbol('CHANNELS');

/**
 * Sends due deliveries on every replica: each pass claims a batch with FOR UPDATE SKIP LOCKED, a
 * full batch is followed at once by the next, an empty one waits for the interval.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<DeliveryReport>;
  private stopped = false;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly composer: MessageComposer,
    @Inject(CHANNELS) private readonly channels: Channels,
    private readonly clock: Clock,
    @Inject(DELIVERY_WORKER_OPTIONS) private readonly options: { intervalMs: number; batchSize: number },
  ) {}

  onApplicationBootstrap(): void {
    const loop = async () => {
      await this.drain().catch((error: Error) => this.logger.warn({ msg: 'delivery pass failed; the next pass retries', err: error.message }));
      if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs);
    };
    this.timer = setTimeout(loop, this.options.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Sends everything due now, batch after batch; returns the totals. */
  async drain(): Promise<DeliveryReport> {
    const total: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      if (this.stopped) return total;
      this.running = deliverDue(this.uow, this.composer, this.channels, this.clock, this.options.batchSize);
      const report = await this.running;
      this.running = undefined;
      total.sent += report.sent;
      total.retried += report.retried;
      total.failed += report.failed;
      if (report.sent + report.retried + report.failed < this.options.batchSize) return total;
    }
  }
}
