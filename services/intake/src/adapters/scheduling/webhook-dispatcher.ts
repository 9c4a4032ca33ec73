import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { BatchPoller } from '@collections/service-runtime';
import { afterFailedAttempt, signWebhook, WEBHOOK_TIMEOUT_MS } from '../../domain/webhooks/webhook-delivery';
import { SqlWebhookStore, type DueDelivery } from '../persistence/sql-webhook.store';

export const WEBHOOK_DISPATCH_OPTIONS = Symbol('WEBHOOK_DISPATCH_OPTIONS');

/** Deliveries sent at once by one replica; a lease keeps a sent one from being claimed again meanwhile. */
const MAX_IN_FLIGHT = 32;
/** Sends to one subscription in flight at once, across replicas: what a hanging receiver can tie up. */
export const MAX_IN_FLIGHT_PER_SUBSCRIPTION = 4;
const LEASE_MS = 60_000;

/**
 * Sends due webhook deliveries, each on its own: a delivery is claimed, posted with its signature
 * and a 5 s timeout, and its outcome recorded, without waiting for the others, so a receiver that
 * hangs or fails holds up nothing but its own deliveries (retried with back-off for more than a day):
 * it never has more than MAX_IN_FLIGHT_PER_SUBSCRIPTION of the dispatcher's slots, and subscriptions
 * take turns, so one creditor's backlog does not queue another's events behind it.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly poller: BatchPoller;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: SqlWebhookStore,
    private readonly clock: Clock,
    @Inject(WEBHOOK_DISPATCH_OPTIONS) options: { intervalMs: number },
  ) {
    this.poller = new BatchPoller(() => this.pass(), { intervalMs: options.intervalMs, batchSize: MAX_IN_FLIGHT, onError: (error) => this.logger.warn({ msg: 'webhook pass failed; the next pass retries', err: error.message }) });
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller.stop();
    await Promise.allSettled(this.inFlight);
  }

  /** Claims what is due (as many as there is room for) and starts sending it; returns how many. */
  async pass(): Promise<number> {
    const due = await this.store.claimDue(this.clock.now(), MAX_IN_FLIGHT - this.inFlight.size, LEASE_MS, MAX_IN_FLIGHT_PER_SUBSCRIPTION);
    for (const delivery of due) {
      const sending = this.send(delivery).finally(() => this.inFlight.delete(sending));
      this.inFlight.add(sending);
    }
    return due.length;
  }

  /** Sends what is due now and waits until those sends are recorded (tests, the operator). */
  async drain(): Promise<void> {
    await this.poller.drain();
    await Promise.allSettled(this.inFlight);
  }

  private async send(delivery: DueDelivery): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    let status: number | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST', body, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS), redirect: 'manual',
        headers: { 'Content-Type': 'application/json', 'X-Collections-Signature': signWebhook(delivery.secret, Math.floor(Date.now() / 1000), body), 'X-Collections-Delivery': delivery.id },
      });
      status = response.status;
      await response.body?.cancel();
      if (status >= 200 && status < 300) {
        await this.store.delivered(delivery.id, status, this.clock.now());
        return;
      }
      throw new Error(`the receiver answered ${status}`);
    } catch (error) {
      const next = afterFailedAttempt(delivery.attempts, this.clock.now());
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${WEBHOOK_TIMEOUT_MS} ms` : (error as Error).message;
      await this.store.attemptFailed(delivery.id, next.attempts, next.nextAttemptAt, status, reason).catch((recordError: Error) => this.logger.error({ msg: 'could not record a webhook attempt', deliveryId: delivery.id, err: recordError.message }));
    }
  }
}
