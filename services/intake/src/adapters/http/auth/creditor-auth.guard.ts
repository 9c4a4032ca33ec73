import { createParamDecorator, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { CreditorDirectory } from '../../../application/ports/creditor-directory.port';

type AuthenticatedRequest = Request & { creditorId?: string };

/**
 * Every creditor endpoint needs an API key, as `Authorization: Bearer <key>` or `X-Api-Key`.
 * Missing, malformed, unknown and revoked keys all answer the same 401, so a caller learns
 * nothing about which keys exist.
 */
@Injectable()
export class CreditorAuthGuard implements CanActivate {
  constructor(private readonly creditors: CreditorDirectory) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    const token = bearer ?? request.header('x-api-key');
    const creditorId = token ? await this.creditors.authenticate(token) : undefined;
    if (!creditorId) throw new UnauthorizedException('a valid API key is required (Authorization: Bearer <key>)');
    request.creditorId = creditorId;
    return true;
  }
}

/** The authenticated creditor's id; only on routes behind CreditorAuthGuard. */
export const CurrentCreditor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const creditorId = context.switchToHttp().getRequest<AuthenticatedRequest>().creditorId;
  if (!creditorId) throw new UnauthorizedException();
  return creditorId;
});
