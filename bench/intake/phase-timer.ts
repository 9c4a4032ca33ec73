/**
 * Where an import's time goes, without touching the service: wraps methods on the prototypes of
 * the classes the import runs through (in this process only, for the duration of the run) and
 * adds up their wall-clock time. Wall clock, not CPU: on a loaded machine it includes waiting.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

type AnyMethod = (...args: unknown[]) => unknown;

export class PhaseTimer {
  private readonly totals = new Map<string, { ms: number; calls: number }>();
  private readonly restores: Array<() => void> = [];
  private readonly scope = new AsyncLocalStorage<string>();
  /** Labels whose method was not found (renamed in the service): their figures read 0. */
  readonly missing: string[] = [];

  /**
   * Times every call of `proto[method]` (sync or async) under `label`. With `within`, only calls
   * made inside a call of the method wrapped under that label count (a shared method such as
   * COMMIT is also used by other parts of the service that run at the same time).
   */
  wrap(proto: object, method: string, label: string, within?: string): void {
    const target = proto as Record<string, AnyMethod>;
    const original = target[method];
    if (typeof original !== 'function') {
      this.missing.push(label);
      return;
    }
    const add = (started: number) => this.add(label, performance.now() - started);
    const scope = this.scope;
    target[method] = function (this: unknown, ...args: unknown[]) {
      if (within && scope.getStore() !== within) return original.apply(this, args);
      const started = performance.now();
      let result: unknown;
      try {
        result = within ? original.apply(this, args) : scope.run(label, () => original.apply(this, args));
      } catch (error) {
        add(started);
        throw error;
      }
      if (result instanceof Promise) return result.finally(() => add(started));
      add(started);
      return result;
    };
    this.restores.push(() => (target[method] = original));
  }

  add(label: string, ms: number): void {
    const total = this.totals.get(label) ?? { ms: 0, calls: 0 };
    total.ms += ms;
    total.calls += 1;
    this.totals.set(label, total);
  }

  ms(label: string): number {
    return this.totals.get(label)?.ms ?? 0;
  }

  calls(label: string): number {
    return this.totals.get(label)?.calls ?? 0;
  }

  restore(): void {
    for (const restore of this.restores.reverse()) restore();
    this.restores.length = 0;
  }
}

const CLOCK_TICKS_PER_S = 100;

/** CPU seconds (user + system) a process has used, from /proc; 0 when it is gone or not Linux. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
  } catch {
    return 0;
  }
}

/**
 * CPU used by a set of PostgreSQL backends between `start` and `stop`: the backends serving one
 * database, looked up by the caller (pg_stat_activity) at both ends, since a pool may open more.
 */
export class BackendCpu {
  private readonly baseline = new Map<number, number>();

  start(pids: number[]): void {
    for (const pid of pids) this.baseline.set(pid, processCpuSeconds(pid));
  }

  stop(pids: number[]): number {
    let total = 0;
    for (const pid of new Set([...pids, ...this.baseline.keys()])) {
      const now = processCpuSeconds(pid);
      // A backend that ended during the run is not counted; one that started counts from 0.
      if (now > 0) total += now - (this.baseline.get(pid) ?? 0);
    }
    return +total.toFixed(2);
  }
}
