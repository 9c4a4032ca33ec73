import { timingSafeEqual } from 'node:crypto';
import { createParamDecorator, ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock } from '@collections/clock';
import type { Request } from 'express';
import { CreditorDirectory } from '../../../application/ports/creditor-directory.port';
import { PortalSessions, type PortalUserProfile } from '../../../application/ports/portal-users.port';
import { mayPerform, type PortalAction, type PortalRole } from '../../../domain/portal-user/portal-user';
import { CSRF_HEADER, sessionToken } from '../portal/session-cookie';
import { CREDITOR_ACTION } from './creditor-action.decorator';

/** `portalUser`: the signed-in person, when the request came from the portal (messages are signed with their name). */
type AuthenticatedRequest = Request & { creditorId?: string; creditorRole?: PortalRole; portalUser?: PortalUserProfile };
type Principal = { creditorId: string; role: PortalRole; portalUser?: PortalUserProfile };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every creditor endpoint needs an API key (`Authorization: Bearer <key>` or `X-Api-Key`) or a
 * portal session cookie. A key, when presented, decides alone; keys act as managers. Missing,
 * malformed, unknown and revoked keys and dead sessions all answer the same 401, so a caller learns
 * nothing about which exist. A request authenticated by the cookie that changes something must echo
 * the session's CSRF token in `X-CSRF-Token` (403 otherwise): another site can make the browser send
 * the cookie, but cannot read the token. Then the role must allow what the endpoint does (see CreditorAction).
 */
@Injectable()
export class CreditorAuthGuard implements CanActivate {
  constructor(
    private readonly creditors: CreditorDirectory,
    private readonly sessions: PortalSessions,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    const key = bearer ?? request.header('x-api-key');
    const principal = key !== undefined ? await this.byApiKey(key) : await this.bySession(request);
    if (!principal) throw new UnauthorizedException('a valid API key (Authorization: Bearer <key>) or portal session is required');

    const action = this.reflector.get<PortalAction | undefined>(CREDITOR_ACTION, context.getHandler()) ?? (SAFE_METHODS.has(request.method) ? 'read' : 'decide');
    if (!mayPerform(principal.role, action)) {
      throw new ForbiddenException(`the ${principal.role} role may read cases and exchange messages with the consultant; this needs the manager role`);
    }
    request.creditorId = principal.creditorId;
    request.creditorRole = principal.role;
    request.portalUser = principal.portalUser;
    return true;
  }

  private async byApiKey(key: string): Promise<Principal | undefined> {
    const creditorId = await this.creditors.authenticate(key);
    return creditorId ? { creditorId, role: 'manager' } : undefined;
  }

  private async bySession(request: Request): Promise<Principal | undefined> {
    const token = sessionToken(request);
    const session = token ? await this.sessions.resume(token, this.clock.now()) : undefined;
    if (!session) return undefined;
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.header(CSRF_HEADER), session.csrfToken)) {
      throw new ForbiddenException('the X-CSRF-Token header is missing or does not match the session');
    }
    return { creditorId: session.user.creditorId, role: session.user.role, portalUser: session.user };
  }
}

export function sameToken(presented: string | undefined, expected: string): boolean {
  const [a, b] = [Buffer.from(presented ?? ''), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The authenticated creditor's id; only on routes behind CreditorAuthGuard. */
export const CurrentCreditor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const creditorId = context.switchToHttp().getRequest<AuthenticatedRequest>().creditorId;
  if (!creditorId) throw new UnauthorizedException();
  return creditorId;
});
