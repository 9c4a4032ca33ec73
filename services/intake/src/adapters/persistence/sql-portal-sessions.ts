import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PortalSessions, type LiveSession, type OpenedSession } from '../../application/ports/portal-users.port';
import { isSessionLive, sessionEndsAt, type SessionLifetimes } from '../../domain/portal-user/portal-session';
import { toProfile } from './sql-portal-users';

export const SESSION_LIFETIMES = Symbol('SESSION_LIFETIMES');
/** last_seen_at is written at most this often per session, not on every request. */
const ACTIVITY_RESOLUTION_MS = 60_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Session tokens are 256 random bits: a plain SHA-256 is enough to make the stored value useless to a reader. */
@Injectable()
export class SqlPortalSessions extends PortalSessions {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SESSION_LIFETIMES) private readonly lifetimes: SessionLifetimes,
  ) {
    super();
  }

  async open(userId: string, now: Date): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const endsAt = sessionEndsAt({ startedAt: now, lastSeenAt: now }, this.lifetimes);
    await this.dataSource.query(`DELETE FROM portal_sessions WHERE ends_at < $1`, [now]);
    await this.dataSource.query(
      `INSERT INTO portal_sessions (token_sha256, user_id, csrf_token, started_at, last_seen_at, ends_at) VALUES ($1, $2, $3, $4, $4, $5)`,
      [sha256(token), userId, csrfToken, now, endsAt],
    );
    return { token, csrfToken, maxAgeSeconds: Math.floor(this.lifetimes.absoluteMs / 1000) };
  }

  async resume(token: string, now: Date): Promise<LiveSession | undefined> {
    if (!TOKEN.test(token)) return undefined;
    const rows: Array<{ csrf_token: string; started_at: Date; last_seen_at: Date; id: string; email: string; name: string; role: 'viewer' | 'manager'; language: 'en'; creditor_id: string; creditor_name: string }> =
      await this.dataSource.query(
        `SELECT s.csrf_token, s.started_at, s.last_seen_at, u.id, u.email, u.name, u.role, u.language, u.creditor_id, c.name AS creditor_name
           FROM portal_sessions s JOIN portal_users u ON u.id = s.user_id JOIN creditors c ON c.id = u.creditor_id
          WHERE s.token_sha256 = $1`,
        [sha256(token)],
      );
    const row = rows[0];
    if (!row || !isSessionLive({ startedAt: row.started_at, lastSeenAt: row.last_seen_at }, this.lifetimes, now)) return undefined;
    if (now.getTime() - row.last_seen_at.getTime() > ACTIVITY_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE portal_sessions SET last_seen_at = $2, ends_at = $3 WHERE token_sha256 = $1`, [
        sha256(token), now, sessionEndsAt({ startedAt: row.started_at, lastSeenAt: now }, this.lifetimes),
      ]);
    }
    return { user: toProfile(row), csrfToken: row.csrf_token };
  }

  async close(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM portal_sessions WHERE token_sha256 = $1`, [sha256(token)]);
  }
}

function sha256(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
