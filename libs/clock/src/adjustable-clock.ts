import { Clock } from './clock';

/**
 * Real time plus an offset that only ever grows. Outside production an operator endpoint advances
 * it so durable timers fire "days later" within seconds; time never goes backwards, because timers
 * and ledgers assume monotonic instants.
 */
export class AdjustableClock extends Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock = { now: () => new Date() }) {
    super();
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (!Number.isSafeInteger(ms) || ms < 0) {
      throw new RangeError(`the clock only moves forward by a whole number of milliseconds (got ${ms})`);
    }
    this.offsetMs += ms;
    return this.now();
  }

  get offset(): number {
    return this.offsetMs;
  }
}
