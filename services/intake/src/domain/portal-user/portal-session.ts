/**
 * A signed-in session ends after `idleMs` without a request, and in any case `absoluteMs` after
 * sign-in, so a forgotten browser or a stolen cookie is not good for long.
 */
export interface SessionLifetimes {
  idleMs: number;
  absoluteMs: number;
}

export function sessionEndsAt(session: { startedAt: Date; lastSeenAt: Date }, lifetimes: SessionLifetimes): Date {
  return new Date(Math.min(session.startedAt.getTime() + lifetimes.absoluteMs, session.lastSeenAt.getTime() + lifetimes.idleMs));
}

export function isSessionLive(session: { startedAt: Date; lastSeenAt: Date }, lifetimes: SessionLifetimes, now: Date): boolean {
  return now.getTime() < sessionEndsAt(session, lifetimes).getTime();
}
