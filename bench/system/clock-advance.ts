/**
 * Once every case is screened, the system benchmark moves all six clocks so that dunning's first steps
 * and first letters fall due: to the latest due time dunning announced (NextStepScheduled) for a first
 * letter still to come, never past the horizon (BENCH_HORIZON_DAYS past the first advance), and a day
 * on (the last time only up to the horizon) when letters still wait and nothing moved for a while. It
 * gives up on the cases still waiting only at the horizon, with nothing moving and every consumer
 * group caught up.
 */
import { SERVICE_NAMES, httpJson, type Platform } from '../../tools/platform/driver';
import type { CaseProgress, StageCounts } from './case-progress';
import type { StageWatch } from './stage-watch';
import { log, secs } from './timing';

export interface ClockAdvance {
  /** From the start of the upload. */
  atMs: number;
  byS: number;
  platformNow: string;
  waiting: ReturnType<CaseProgress['waiting']>;
}

export interface ClockAdvances {
  advances: ClockAdvance[];
  countsAtFirstAdvance?: StageCounts;
  /** The platform's time up to which letters are waited for (Infinity before the first advance). */
  horizonMs: number;
  /** Nothing moved at the horizon for a long while: the bench gave up on the cases still waiting. */
  stuck: boolean;
}

/** Posts the same clock step to all six services (what the driver's advanceClock does, without its wait for quiet). */
async function advanceClocks(platform: Platform, byMs: number): Promise<Date> {
  const answers = await Promise.all(
    SERVICE_NAMES.map((name) => httpJson<{ now: string }>(`${platform.url(name)}/ops/clock/advance`, { method: 'POST', body: { by: `${Math.ceil(byMs)}ms` } })),
  );
  const nows = answers.map((answer) => Date.parse(answer.body.now));
  if (Math.max(...nows) - Math.min(...nows) > 60_000) throw new Error(`the services' clocks disagree after advancing: ${answers.map((a) => a.body.now).join(', ')}`);
  return new Date(nows[0]!);
}

/** No progress for this long while cases still wait for a step due later: move the clocks again. */
const STALL_MS = 15_000;
const MAX_ADVANCES = 40;
const DAY_MS = 86_400_000;

/** From the look that saw every case screened, until every case has its first step and letter, nothing moves at the horizon, or the time is up. */
export async function advanceClocksUntilFirstLetters(platform: Platform, watch: StageWatch, horizonDays: number): Promise<ClockAdvances> {
  const run: ClockAdvances = { advances: [], horizonMs: Infinity, stuck: false };
  if (watch.timedOut) return run;
  const { progress, origin } = watch;
  for (;;) {
    const waiting = progress.waiting(run.horizonMs);
    if (watch.markDoneIfEveryCaseArrived(waiting)) {
      log(`every case at its first dunning step and letter after ${secs(watch.marks.doneMs!)} s; waiting for the platform to drain`);
      return run;
    }
    const stalled = watch.sinceProgressMs >= STALL_MS;
    const platformNow = (await platform.now()).getTime();
    // A letter announced for later than the platform's now (dunning announces as it catches up) moves the clocks at once.
    const letterAhead = waiting.latestLetterDueMs !== undefined && waiting.latestLetterDueMs > platformNow;
    // Up to the horizon itself: a step the guard moved to the last hours before it is still due within it.
    const roomLeft = run.horizonMs - platformNow;
    // Given up only once the platform has consumed everything: a service catching up on a backlog
    // (dunning firing steps that fell due while it was busy) is not stuck, only slow.
    const drained = watch.lagTotal === 0;
    if (stalled && !letterAhead && roomLeft <= 0 && drained && watch.sinceProgressMs >= 4 * STALL_MS) {
      run.stuck = true;
      log(`nothing moves at the horizon (${horizonDays} days): ${waiting.firstStep} cases without a first step, ${waiting.letter} without a letter`);
      return run;
    }
    const { advances } = run;
    if (advances.length < MAX_ADVANCES && (advances.length === 0 || letterAhead || (stalled && roomLeft > 0))) {
      if (advances.length === 0) run.horizonMs = platformNow + horizonDays * DAY_MS;
      // To the latest due time announced for a letter still to come (a minute past it, never past the horizon), or a day on when none is announced and nothing moves.
      const byMs = letterAhead ? Math.min(waiting.latestLetterDueMs! + 60_000, run.horizonMs) - platformNow : advances.length === 0 ? 60_000 : Math.min(DAY_MS, roomLeft);
      run.countsAtFirstAdvance ??= { ...progress.counts };
      const moved = await advanceClocks(platform, byMs);
      advances.push({ atMs: Date.now() - origin, byS: Math.round(byMs / 1000), platformNow: moved.toISOString(), waiting });
      watch.clocksMoved();
      log(`all screened; clocks moved by ${secs(byMs)} s to ${moved.toISOString()} (waiting: ${waiting.firstStep} for a first step, ${waiting.letter} for a letter, ${waiting.deferred} letters deferred past the horizon)`);
    }
    if (watch.timeUp()) return run;
    await watch.tick();
  }
}
