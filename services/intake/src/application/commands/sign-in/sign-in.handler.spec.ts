import { FixedClock } from '@collections/clock';
import { PasswordHasher, PortalSessions, PortalUsers, SignInFailures, type LiveSession, type OpenedSession, type PortalUserProfile } from '../../ports/portal-users.port';
import { SignInHandler } from './sign-in.handler';

const NOW = new Date('2026-11-22T10:00:00Z');
const LIMITS = { perEmail: { maxFailures: 5, windowMs: 15 * 60_000 }, perClient: { maxFailures: 20, windowMs: 15 * 60_000 } };
const ANA: PortalUserProfile & { passwordHash: string } = {
  id: 'u-1', email: 'ana@acme.example', name: 'Ana', role: 'manager', creditorId: 'c-1', creditorName: 'Acme', language: 'es', passwordHash: 'hash:correct horse battery',
};

class PlainHasher extends PasswordHasher {
  readonly verified: string[] = [];
  async hash(password: string) {
    return `hash:${password}`;
  }
  async verify(hash: string, password: string) {
    this.verified.push(hash);
    return hash === `hash:${password}`;
  }
}

class Users extends PortalUsers {
  async add(): Promise<'email-taken'> {
    return 'email-taken';
  }
  async findByEmail(email: string) {
    return email === ANA.email ? ANA : undefined;
  }
}

class Failures extends SignInFailures {
  readonly rows: Array<{ email: string; clientAddress: string; at: Date }> = [];
  async record(failure: { email: string; clientAddress: string; at: Date }) {
    this.rows.push(failure);
  }
  async since(email: string, clientAddress: string, since: Date) {
    const recent = this.rows.filter((row) => row.at > since);
    return { forEmail: recent.filter((row) => row.email === email).map((row) => row.at), fromClient: recent.filter((row) => row.clientAddress === clientAddress).map((row) => row.at) };
  }
  async forgive(email: string) {
    this.rows.splice(0, this.rows.length, ...this.rows.filter((row) => row.email !== email));
  }
}

class Sessions extends PortalSessions {
  async open(): Promise<OpenedSession> {
    return { token: 't', csrfToken: 'c', maxAgeSeconds: 43_200 };
  }
  async resume(): Promise<LiveSession | undefined> {
    return undefined;
  }
  async close() {}
}

function setUp() {
  const hasher = new PlainHasher();
  const failures = new Failures();
  return { hasher, failures, handler: new SignInHandler(new Users(), hasher, failures, new Sessions(), new FixedClock(NOW), LIMITS) };
}
const attempt = (email: string, password: string, clientAddress = '203.0.113.7') => ({ email, password, clientAddress });

describe('signing in to the portal', () => {
  it('opens a session for the right password, whatever the case of the address, without the hash', async () => {
    const { handler } = setUp();
    const result = await handler.execute(attempt(' ANA@acme.example', 'correct horse battery'));
    expect(result).toEqual({ outcome: 'signed-in', user: { id: 'u-1', email: 'ana@acme.example', name: 'Ana', role: 'manager', creditorId: 'c-1', creditorName: 'Acme', language: 'es' }, session: expect.objectContaining({ token: 't' }) });
  });

  it('refuses an unknown address exactly like a wrong password, after verifying a password all the same', async () => {
    const { handler, hasher, failures } = setUp();
    expect(await handler.execute(attempt('nobody@acme.example', 'correct horse battery'))).toEqual({ outcome: 'refused' });
    expect(await handler.execute(attempt('ana@acme.example', 'wrong guess'))).toEqual({ outcome: 'refused' });
    expect(hasher.verified).toHaveLength(2);
    expect(failures.rows.map((row) => row.email)).toEqual(['nobody@acme.example', 'ana@acme.example']);
  });

  it('throttles after five failures, even the right password, without checking it', async () => {
    const { handler, hasher } = setUp();
    for (let i = 0; i < 5; i++) await handler.execute(attempt('ana@acme.example', 'wrong guess'));
    expect(await handler.execute(attempt('ana@acme.example', 'correct horse battery'))).toEqual({ outcome: 'throttled', retryAfterSeconds: 900 });
    expect(hasher.verified).toHaveLength(5);
  });

  it('forgives the account its failures once signed in', async () => {
    const { handler, failures } = setUp();
    for (let i = 0; i < 4; i++) await handler.execute(attempt('ana@acme.example', 'wrong guess'));
    await handler.execute(attempt('ana@acme.example', 'correct horse battery'));
    expect(failures.rows).toEqual([]);
  });
});
