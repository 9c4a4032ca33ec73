import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { BatchPoller } from '@collections/service-runtime';
import { deliverDue, MessageComposer, type Channels } from '../../application/commands/deliver-due';
import { UnitOfWork } from '../../application/ports/delivery.ports';
import { DocumentArchive } from '../../application/ports/document-archive.port';

export const DELIVERY_WORKER_OPTIONS = Symbol('DELIVERY_WORKER_OPTIONS');
export const CHANNELS = Symbol('CHANNELS');

/**
 * Sends due deliveries on every replica: each pass claims a batch with FOR UPDATE SKIP LOCKED, a
 * full batch is followed at once by the next, an empty one waits for the interval.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly poller: BatchPoller;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly composer: MessageComposer,
    @Inject(CHANNELS) private readonly channels: Channels,
    private readonly archive: DocumentArchive,
    private readonly clock: Clock,
    @Inject(DELIVERY_WORKER_OPTIONS) options: { intervalMs: number; batchSize: number },
  ) {
    this.poller = new BatchPoller(
      async () => {
        const report = await deliverDue(this.uow, this.composer, this.channels, this.archive, this.clock, options.batchSize);
        return report.sent + report.retried + report.failed;
      },
      { ...options, onError: (error) => this.logger.warn({ msg: 'delivery pass failed; the next pass retries', err: error.message }) },
    );
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller.stop();
  }

  /** Sends everything due now, batch after batch; returns how many deliveries were handled. */
  drain(): Promise<number> {
    return this.poller.drain();
  }
}
