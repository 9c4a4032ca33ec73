/**
 * Guessing passwords is slowed down per account and per client address: after `maxFailures`
 * failed sign-ins within `windowMs`, every attempt is refused (even with the right password, or
 * the answer would tell a guesser it had found it) until the oldest of those failures is older
 * than the window.
 */
export interface ThrottleLimit {
  maxFailures: number;
  windowMs: number;
}

/** Seconds to wait before trying again (0: go ahead). `failures` may come in any order. */
export function secondsUntilRetry(failures: readonly Date[], limit: ThrottleLimit, now: Date): number {
  const recent = failures.map((at) => at.getTime()).filter((at) => at > now.getTime() - limit.windowMs && at <= now.getTime()).sort((a, b) => b - a);
  if (recent.length < limit.maxFailures) return 0;
  const freedAt = recent[limit.maxFailures - 1]! + limit.windowMs;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
}
