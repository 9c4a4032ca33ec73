/**
 * The one source of "now" for the whole platform. Domain code receives a Clock instead of calling
 * `new Date()`, so tests are deterministic and, outside production, time can be moved forward to
 * exercise 90 days of dunning in seconds.
 *
 * An abstract class rather than an interface so that it doubles as a NestJS injection token.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** Real wall-clock time. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test sets or advances it. */
export class FixedClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-01-05T09:00:00.000Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(ms: number): Date {
    this.current = new Date(this.current.getTime() + ms);
    return this.now();
  }
}
