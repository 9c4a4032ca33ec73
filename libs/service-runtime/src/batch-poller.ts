/**
 * Runs a batch job on every replica: a pass handles up to `batchSize` items (claimed with
 * FOR UPDATE SKIP LOCKED by the job, so replicas share the work); a full pass is followed at once
 * by the next, an empty or partial one waits `intervalMs`. A failed pass is reported and retried on
 * the next tick. `stop()` ends the loop and waits for the pass in hand.
 */
export class BatchPoller {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    /** One pass; returns how many items it handled. */
    private readonly pass: () => Promise<number>,
    private readonly options: { intervalMs: number; batchSize: number; onError: (error: Error) => void },
  ) {}

  start(): void {
    const loop = async () => {
      await this.drain().catch((error: Error) => this.options.onError(error));
      if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs);
    };
    this.timer = setTimeout(loop, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Passes until one handles less than a full batch; returns how many items were handled in all. */
  async drain(): Promise<number> {
    let total = 0;
    while (!this.stopped) {
      this.running = this.pass();
      const handled = await this.running;
      this.running = undefined;
      total += handled;
      if (handled < this.options.batchSize) break;
    }
    return total;
  }
}
