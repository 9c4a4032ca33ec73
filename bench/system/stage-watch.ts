/**
 * The system benchmark's look at the run, once a second until it ends: the import's own state until
 * intake says it is done, when the last case was opened and screened, whether anything moved (the clock
 * advance needs to know when nothing does) and a progress line every 10 s.
 */
import type { Platform } from '../../tools/platform/driver';
import { readCaseImport, type CaseImport, type ImportView } from './case-import';
import type { CaseProgress } from './case-progress';
import type { Observation } from './sampler';
import { log, sleep } from './timing';

/** When the run reached each of its ends, ms from the start of the upload. */
export interface RunMarks {
  allOpenedMs?: number;
  allScreenedMs?: number;
  /** Every case at its first dunning step and, where a letter can reach the debtor, its first letter. */
  doneMs?: number;
  drainedMs?: number;
}

export class StageWatch {
  readonly marks: RunMarks = {};
  importView?: ImportView;
  importDoneMs?: number;
  timedOut = false;
  /** When the latest look was taken (Date.now()). */
  now = Date.now();
  private lastProgress = { key: '', at: Date.now() };
  private lastLog = 0;
  private readonly deadline: number;

  constructor(
    private readonly platform: Platform,
    private readonly caseImport: CaseImport,
    private readonly observation: Observation,
    private readonly cases: number,
    private readonly timeoutS: number,
  ) {
    this.deadline = observation.origin + timeoutS * 1000;
  }

  get progress(): CaseProgress {
    return this.observation.progress;
  }

  get origin(): number {
    return this.observation.origin;
  }

  /** Messages not yet consumed, over every consumer group of the platform, at the latest sample. */
  get lagTotal(): number | undefined {
    return this.observation.sampler.last?.lagTotal;
  }

  /** How long no case has reached a further stage (or since the clocks last moved). */
  get sinceProgressMs(): number {
    return this.now - this.lastProgress.at;
  }

  /** A second later, the next look. */
  async tick(): Promise<void> {
    await sleep(1000);
    const now = (this.now = Date.now());
    if (!this.importDoneMs) {
      this.importView = await readCaseImport(this.platform, this.caseImport);
      if (this.importView.done) this.importDoneMs = now - this.origin;
    }
    const c = this.progress.counts;
    if (!this.marks.allOpenedMs && c.opened >= this.cases) this.marks.allOpenedMs = this.progress.lastAt.opened - this.origin;
    if (!this.marks.allScreenedMs && c.screened >= this.cases) this.marks.allScreenedMs = this.progress.lastAt.screened - this.origin;
    const key = `${c.opened}/${c.screened}/${c.firstStep}/${c.letter}`;
    if (key !== this.lastProgress.key) this.lastProgress = { key, at: now };
    if (now - this.lastLog >= 10_000) {
      this.lastLog = now;
      const s = this.observation.sampler.last;
      log(`opened ${c.opened}, screened ${c.screened} (clear ${c.clear}), first step scheduled ${c.firstStep}, first action ${c.firstAction}, letters ${c.letter}/${c.letterExpected}; lag ${s?.lagTotal ?? '?'}; machine ${s?.machineBusyPct ?? '?'}% busy`);
    }
  }

  /** Moving the clocks is progress too: the stall is counted from it. */
  clocksMoved(): void {
    this.lastProgress.at = Date.now();
  }

  /** Marks the end once every case is screened and none waits for its first step or a letter within the horizon. */
  markDoneIfEveryCaseArrived(waiting: { firstStep: number; letter: number }): boolean {
    if (waiting.firstStep !== 0 || waiting.letter !== 0 || this.progress.counts.screened < this.cases) return false;
    const at = this.progress.lastAt;
    this.marks.doneMs = Math.max(at.firstStep, at.letter, at.screened) - this.origin;
    return true;
  }

  timeUp(): boolean {
    if (this.now <= this.deadline) return false;
    this.timedOut = true;
    log(`timed out after ${this.timeoutS} s`);
    return true;
  }
}

/** Until every case is screened (the clocks are moved then, not earlier, so no case's step is hurried by the clock) or the time is up. */
export async function waitUntilAllScreened(watch: StageWatch): Promise<void> {
  for (;;) {
    await watch.tick();
    if (watch.marks.allScreenedMs) return;
    if (watch.timeUp()) return;
  }
}
