/**
 * The system benchmark's checks (the run exits 1 if any fails): the import's own counters, then every
 * case through the topics (bench/system/case-progress.ts).
 */
import type { ImportView } from './case-import';
import type { CaseProgress } from './case-progress';

export interface CheckedRun {
  progress: CaseProgress;
  cases: number;
  rows: number;
  horizonMs: number;
  importView: ImportView;
  doneMs: number | undefined;
  reachedEnd: number;
  timeoutS: number;
}

/** Every problem found, in words; none when the run carried every case as it should. */
export function checkRun(run: CheckedRun): string[] {
  const problems = run.progress.problems(run.cases, run.horizonMs);
  const expectEq = (what: string, got: unknown, wanted: unknown) => got !== wanted && problems.push(`${what}: expected ${wanted}, got ${got}`);
  expectEq('import status', run.importView.status, 'completed');
  expectEq('import casesOpened', run.importView.casesOpened, run.cases);
  expectEq('import rowsRead', run.importView.rowsRead, run.rows);
  expectEq('import casesRejected', run.importView.casesRejected, 0);
  expectEq('import casesAlreadyKnown', run.importView.casesAlreadyKnown, 0);
  if (run.doneMs === undefined) problems.push(`not every case reached its first step and letter: ${run.reachedEnd} of ${run.cases} did within ${run.timeoutS} s and the drain`);
  return problems;
}
