import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FixedClock } from '@collections/clock';
import type { CreditorDirectory } from '../../../application/ports/creditor-directory.port';
import type { LiveSession, PortalSessions } from '../../../application/ports/portal-users.port';
import type { PortalRole } from '../../../domain/portal-user/portal-user';
import { CreditorAction } from './creditor-action.decorator';
import { CreditorAuthGuard } from './creditor-auth.guard';

const TOKEN = 'S'.repeat(43);
const CSRF = 'C'.repeat(43);

class Endpoints {
  answerDecision() {}
  @CreditorAction('converse')
  sendMessage() {}
}

function guardFor(role: PortalRole) {
  const session: LiveSession = { csrfToken: CSRF, user: { id: 'u-1', email: 'jan@acme.example', name: 'Jan', role, creditorId: 'creditor-1', creditorName: 'Acme', language: 'nl' } };
  const creditors = { authenticate: async (key: string) => (key === 'good-key' ? 'creditor-2' : undefined) } as unknown as CreditorDirectory;
  const sessions = { resume: async (token: string) => (token === TOKEN ? session : undefined) } as unknown as PortalSessions;
  return new CreditorAuthGuard(creditors, sessions, new FixedClock(), new Reflector());
}

function call(method: string, handler: keyof Endpoints, headers: Record<string, string>) {
  const request = { method, header: (name: string) => headers[name.toLowerCase()] } as Record<string, unknown>;
  const context = { switchToHttp: () => ({ getRequest: () => request }), getHandler: () => Endpoints.prototype[handler] } as unknown as ExecutionContext;
  return { request, context };
}

const cookie = { cookie: `theme=dark; __Host-portal-session=${TOKEN}` };

describe('CreditorAuthGuard', () => {
  it('lets a viewer read and send messages, and refuses anything else naming the role', async () => {
    const guard = guardFor('viewer');
    await expect(guard.canActivate(call('GET', 'answerDecision', cookie).context)).resolves.toBe(true);
    await expect(guard.canActivate(call('POST', 'sendMessage', { ...cookie, 'x-csrf-token': CSRF }).context)).resolves.toBe(true);
    await expect(guard.canActivate(call('POST', 'answerDecision', { ...cookie, 'x-csrf-token': CSRF }).context)).rejects.toThrow(new ForbiddenException('the viewer role may read cases and exchange messages with the consultant; this needs the manager role'));
  });

  it('lets a manager decide, and tells the endpoints who is signed in', async () => {
    const { request, context } = call('POST', 'answerDecision', { ...cookie, 'x-csrf-token': CSRF });
    await expect(guardFor('manager').canActivate(context)).resolves.toBe(true);
    expect(request).toMatchObject({ creditorId: 'creditor-1', creditorRole: 'manager', portalUser: { name: 'Jan' } });
  });

  it('refuses a change authenticated by the cookie without the session CSRF token, whatever the role', async () => {
    await expect(guardFor('manager').canActivate(call('POST', 'sendMessage', cookie).context)).rejects.toThrow(ForbiddenException);
    await expect(guardFor('manager').canActivate(call('DELETE', 'answerDecision', { ...cookie, 'x-csrf-token': 'C'.repeat(42) }).context)).rejects.toThrow(ForbiddenException);
  });

  it('takes an API key before the cookie: a key acts as a manager and needs no CSRF token', async () => {
    const { request, context } = call('POST', 'answerDecision', { ...cookie, authorization: 'Bearer good-key' });
    await expect(guardFor('viewer').canActivate(context)).resolves.toBe(true);
    expect(request).toMatchObject({ creditorId: 'creditor-2', creditorRole: 'manager' });
    await expect(guardFor('viewer').canActivate(call('GET', 'answerDecision', { ...cookie, 'x-api-key': 'revoked-key' }).context)).rejects.toThrow(UnauthorizedException);
  });

  it('answers 401 without a key or a live session', async () => {
    await expect(guardFor('manager').canActivate(call('GET', 'answerDecision', {}).context)).rejects.toThrow(UnauthorizedException);
    await expect(guardFor('manager').canActivate(call('GET', 'answerDecision', { cookie: '__Host-portal-session=expired' }).context)).rejects.toThrow(UnauthorizedException);
  });
});
