/**
 * After the last first letter, the system benchmark waits for the platform to drain: notifications
 * rendering letters, creditors' timelines catching up, later steps. Reported on its own as time to drain,
 * never part of the end-to-end rate.
 */
import type { Observation } from './sampler';
import type { StageWatch } from './stage-watch';
import { sleep } from './timing';

export interface Drain {
  drainTimedOut: boolean;
  /** The cases still on their way when the clock advance ended (timed out or stuck) arrived while the platform drained. */
  completedDuringDrain: boolean;
  /** How many cases reached their end (first step, and letter where one can reach the debtor) by the end of the drain. */
  reachedEnd: number;
  lettersDeferred: number;
}

export async function waitForDrain(observation: Observation, watch: StageWatch, horizonMs: number, drainTimeoutS: number): Promise<Drain> {
  const { sampler, progress } = observation;
  // Drain: nothing published, lag unchanged and every outbox empty for 5 samples in a row.
  sampler.countOutbox = true;
  const drainDeadline = Date.now() + drainTimeoutS * 1000;
  let drainTimedOut = false;
  for (;;) {
    await sleep(1000);
    const window = sampler.samples.slice(-5);
    const settled = window.length === 5 && window.every((s) => s.outboxPending === 0 && s.published === window[0]!.published && s.lagTotal === window[0]!.lagTotal);
    if (settled) {
      watch.marks.drainedMs = Math.round(window[0]!.t * 1000);
      break;
    }
    if (Date.now() > drainDeadline) {
      drainTimedOut = true;
      break;
    }
  }
  // Cases still on their way at the timeout may have arrived during the drain (without further clock moves).
  const completedDuringDrain = watch.marks.doneMs === undefined && watch.markDoneIfEveryCaseArrived(progress.waiting(horizonMs));
  return { drainTimedOut, completedDuringDrain, reachedEnd: progress.reachedEnd(horizonMs), lettersDeferred: progress.waiting(horizonMs).deferred };
}
