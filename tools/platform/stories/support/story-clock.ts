import type { Platform } from '../../driver';

const DAY_MS = 86_400_000;

/**
 * Moves the platform to the next working day (Monday to Friday) at `hourUtc`:00 UTC. The clocks start
 * at the machine's time of day, and calls and visits are only lawful in the debtor's daytime, so a
 * story starts at a known hour in order to meet the same contact windows on every run.
 */
export async function startOfWorkingDay(platform: Platform, hourUtc = 9): Promise<Date> {
  const now = await platform.now();
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  while (target <= now || target.getUTCDay() === 0 || target.getUTCDay() === 6) target.setTime(target.getTime() + DAY_MS);
  return platform.advanceClockTo(target);
}

/**
 * Advances the clock a step at a time until `reached` holds (checked before each step), e.g. until
 * dunning's next step has fired. Fails naming what it waited for, so a story says which step never came.
 */
export async function advanceUntil(platform: Platform, what: string, reached: () => Promise<boolean> | boolean, { step = '1d', maxSteps = 60 } = {}): Promise<Date> {
  for (let taken = 0; ; taken++) {
    if (await reached()) return platform.now();
    if (taken >= maxSteps) throw new Error(`${what}: not reached after ${maxSteps} steps of ${step} (platform time ${(await platform.now()).toISOString()})`);
    await platform.advanceClock(step);
  }
}

export function daysBetween(from: Date | string, to: Date | string): number {
  return (new Date(to).getTime() - new Date(from).getTime()) / DAY_MS;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Jumps to the moment dunning's next step for the case is due (the operator's view of its plan), a
 * minute past it; the step then fires and the platform settles. One clock step per dunning step keeps
 * a story fast without skipping anything that would happen in between: nothing of the case is due earlier.
 */
export async function advanceToNextStep(platform: Platform, caseId: string): Promise<string> {
  const plan = await platform.operator.call<{ next?: { step: string; dueAt: string } | null }>('dunning', `/ops/cases/${caseId}/plan`);
  if (!plan.next) throw new Error(`case ${caseId} has no next dunning step`);
  await platform.advanceClockTo(new Date(Date.parse(plan.next.dueAt) + 60_000));
  return plan.next.step;
}
