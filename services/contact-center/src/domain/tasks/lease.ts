/**
 * An agent who takes a task holds it for ten minutes: long enough to dial, talk and type the outcome,
 * short enough that a task whose agent closed the browser goes back to the queue before the debtor's
 * calling window is gone. Recording an outcome needs an unexpired lease.
 */
export const TASK_LEASE_MS = 10 * 60_000;

export function leaseExpiresAt(now: Date): Date {
  return new Date(now.getTime() + TASK_LEASE_MS);
}

/** A lease ending exactly now is over: the next agent may take the task at that instant. */
export function isLeaseExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

/**
 * The window is half-open, `[notBefore, notAfter)`, as dunning computes it: a window that ends at
 * 20:00 permits a call at 19:59:59 but not at 20:00, the hour the law names as the limit.
 */
export function isCallableNow(window: { notBefore: Date; notAfter: Date }, now: Date): boolean {
  const t = now.getTime();
  return window.notBefore.getTime() <= t && t < window.notAfter.getTime();
}
