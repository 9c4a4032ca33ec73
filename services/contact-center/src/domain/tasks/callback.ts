/**
 * Callbacks: the debtor asked to be called back at an instant, and dunning turned that into a
 * lawful window (the country's calling hours) plus the windows after it. The rules here decide who
 * may take the callback, how it ranks, and where it goes when nobody took it in time; the work
 * queue's SQL applies the same rules (adapters/persistence/sql-stores.ts).
 */

/** The agent who took the request has the callback to themself this long after it falls due; then anyone in the queue may take it. */
export const CALLBACK_HOLD_MS = 30 * 60_000;

/**
 * Added to a callback's priority: a callback that is due comes before every other task of the
 * queue (task priorities stay below 200: 10·log10 of any balance + 30 + 30), whatever the balance.
 */
export const CALLBACK_PRIORITY_BOOST = 1_000;

/** How long a declined callback stays on the requesting agent's list: long enough to tell the debtor. */
export const DECLINED_CALLBACK_SHOWN_MS = 14 * 86_400_000;

export interface CallWindow {
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** Until when the callback is held for the agent who took the request: the hold runs from when it falls due. */
export function callbackHeldUntil(window: CallWindow): Date {
  return new Date(window.notBefore.getTime() + CALLBACK_HOLD_MS);
}

export function callbackPriority(basePriority: number): number {
  return CALLBACK_PRIORITY_BOOST + basePriority;
}

/** Whether this agent may take the task now, as far as holds go (the window is `isCallableNow`'s question). */
export function mayTakeHeld(task: { heldFor?: string | undefined; heldUntil?: Date | undefined }, agentId: string, now: Date): boolean {
  if (!task.heldFor || task.heldFor === agentId) return true;
  return task.heldUntil === undefined || task.heldUntil.getTime() <= now.getTime();
}

/**
 * A callback whose window passed untaken does not vanish: it moves to the first later lawful window
 * not yet over and is flagged overdue (it keeps its rank, so it is the first task when that window
 * opens). With no later window left it stays queued and overdue, in its last window, for a person to
 * decide. Unchanged while its window is still open.
 */
export function rollOverdueCallback(task: CallWindow & { laterWindows: readonly CallWindow[]; overdue: boolean }, now: Date): CallWindow & { laterWindows: CallWindow[]; overdue: boolean } {
  if (task.notAfter.getTime() > now.getTime()) return { notBefore: task.notBefore, notAfter: task.notAfter, laterWindows: [...task.laterWindows], overdue: task.overdue };
  const index = task.laterWindows.findIndex((window) => window.notAfter.getTime() > now.getTime());
  if (index < 0) return { notBefore: task.notBefore, notAfter: task.notAfter, laterWindows: [], overdue: true };
  const next = task.laterWindows[index]!;
  return { notBefore: next.notBefore, notAfter: next.notAfter, laterWindows: task.laterWindows.slice(index + 1), overdue: true };
}
