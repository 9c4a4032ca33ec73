import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { ReceiptRecordedConcurrentlyError, receivePayments, type ReceiptOutcome } from '../../application/commands/receive-payment';
import type { Receipt } from '../../application/ports/payments.ports';
import { UnitOfWork } from '../../application/ports/payments-transaction.port';

/** Receipts booked in one transaction at most, and transactions booking at once. */
export const COALESCE_MAX_BATCH = 100;
export const COALESCE_MAX_IN_FLIGHT = 2;

/**
 * Receipts that arrive while others are being booked are booked together, in one transaction:
 * a quiet gateway gets each receipt booked alone at once, a busy one gets batches (one commit
 * and a handful of statements for many receipts) instead of a queue of single transactions. No
 * receipt waits for a timer. If a batch fails, each of its receipts is tried alone, so one bad
 * receipt answers with its own error and never takes the others down.
 */
@Injectable()
export class ReceiptCoalescer {
  private readonly waiting: Array<{ receipt: Receipt; resolve: (outcome: ReceiptOutcome) => void; reject: (error: unknown) => void }> = [];
  private inFlight = 0;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  receive(receipt: Receipt): Promise<ReceiptOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ receipt, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < COALESCE_MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, COALESCE_MAX_BATCH);
      this.inFlight += 1;
      void this.book(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async book(batch: typeof this.waiting): Promise<void> {
    try {
      const outcomes = await this.bookOnce(batch.map((item) => item.receipt));
      batch.forEach((item, index) => item.resolve(outcomes[index]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const item of batch) await this.bookOnce([item.receipt]).then((outcomes) => item.resolve(outcomes[0]!), item.reject);
    }
  }

  /** A receipt recorded by a concurrent batch in between is found as a repeat on the second try. */
  private async bookOnce(receipts: Receipt[]): Promise<ReceiptOutcome[]> {
    const attempt = () => this.uow.run((tx) => receivePayments(tx, receipts, this.clock.now()));
    return attempt().catch((error: unknown) => {
      if (error instanceof ReceiptRecordedConcurrentlyError) return attempt();
      throw error;
    });
  }
}
