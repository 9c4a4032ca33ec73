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
 *
 * A receipt is never booked beside an in-flight batch that holds the same payment (a gateway's
 * retry, sent a moment after the original) or the same case: it waits in the queue, and the
 * receipts behind it go ahead. Booked at once, it would find neither the uncommitted original nor a
 * free case lock: its whole batch would wait for the other to commit, then fail on the repeat and
 * be booked again, tripling the latency of every receipt in it (the gateway's p99).
 */
@Injectable()
export class ReceiptCoalescer {
  private readonly waiting: Waiting[] = [];
  /** Payment keys and case ids of the batches being booked, with how many hold each. */
  private readonly busy = new Map<string, number>();
  private inFlight = 0;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  receive(receipt: Receipt): Promise<ReceiptOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ receipt, claims: claimsOf(receipt), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < COALESCE_MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.takeBatch();
      if (batch.length === 0) return; // everything waiting collides with a batch in flight: its end pumps again
      this.inFlight += 1;
      for (const item of batch) for (const claim of item.claims) this.busy.set(claim, (this.busy.get(claim) ?? 0) + 1);
      void this.book(batch).finally(() => {
        this.inFlight -= 1;
        for (const item of batch) for (const claim of item.claims) {
          const left = this.busy.get(claim)! - 1;
          if (left === 0) this.busy.delete(claim);
          else this.busy.set(claim, left);
        }
        this.pump();
      });
    }
  }

  /** Up to COALESCE_MAX_BATCH waiting receipts, oldest first, skipping those that collide with a batch in flight. */
  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    let kept = 0;
    for (let i = 0; i < this.waiting.length; i++) {
      const item = this.waiting[i]!;
      if (batch.length < COALESCE_MAX_BATCH && !item.claims.some((claim) => this.busy.has(claim))) batch.push(item);
      else this.waiting[kept++] = item;
    }
    this.waiting.length = kept;
    return batch;
  }

  private async book(batch: Waiting[]): Promise<void> {
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

interface Waiting {
  readonly receipt: Receipt;
  /** What a concurrent batch must not hold: the payment's source id and, when given, its case. */
  readonly claims: readonly string[];
  resolve(outcome: ReceiptOutcome): void;
  reject(error: unknown): void;
}

function claimsOf(receipt: Receipt): string[] {
  const payment = `payment:${receipt.source}\u0000${receipt.externalId}`;
  return receipt.caseId ? [payment, `case:${receipt.caseId}`] : [payment];
}
