import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { MAX_PASSWORD_LENGTH, normaliseEmail } from '../../../domain/portal-user/portal-user';
import { secondsUntilRetry, type ThrottleLimit } from '../../../domain/portal-user/sign-in-throttle';
import { PasswordHasher, PortalSessions, PortalUsers, SignInFailures, type OpenedSession, type PortalUserProfile } from '../../ports/portal-users.port';

export const SIGN_IN_LIMITS = Symbol('SIGN_IN_LIMITS');
export interface SignInLimits {
  perEmail: ThrottleLimit;
  perClient: ThrottleLimit;
}

export type SignInOutcome =
  | { outcome: 'signed-in'; user: PortalUserProfile; session: OpenedSession }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

/**
 * Signing in to the portal. An unknown address and a wrong password are the same refusal, and
 * both cost one password verification, so neither the answer nor its timing tells which accounts exist.
 */
@Injectable()
export class SignInHandler {
  private decoy?: Promise<string>;

  constructor(
    private readonly users: PortalUsers,
    private readonly passwords: PasswordHasher,
    private readonly failures: SignInFailures,
    private readonly sessions: PortalSessions,
    private readonly clock: Clock,
    @Inject(SIGN_IN_LIMITS) private readonly limits: SignInLimits,
  ) {}

  async execute(attempt: { email: string; password: string; clientAddress: string }): Promise<SignInOutcome> {
    const email = normaliseEmail(attempt.email);
    const now = this.clock.now();
    const longest = Math.max(this.limits.perEmail.windowMs, this.limits.perClient.windowMs);
    const past = await this.failures.since(email, attempt.clientAddress, new Date(now.getTime() - longest));
    const wait = Math.max(secondsUntilRetry(past.forEmail, this.limits.perEmail, now), secondsUntilRetry(past.fromClient, this.limits.perClient, now));
    if (wait > 0) return { outcome: 'throttled', retryAfterSeconds: wait };

    const user = await this.users.findByEmail(email);
    const password = attempt.password.slice(0, MAX_PASSWORD_LENGTH + 1);
    const matches = await this.passwords.verify(user?.passwordHash ?? (await this.decoyHash()), password);
    if (!user || !matches) {
      await this.failures.record({ email, clientAddress: attempt.clientAddress, at: now });
      return { outcome: 'refused' };
    }
    await this.failures.forgive(email);
    const { passwordHash: _hash, ...profile } = user;
    return { outcome: 'signed-in', user: profile, session: await this.sessions.open(user.id, now) };
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= this.passwords.hash('no account has this password');
    return this.decoy;
  }
}
