import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, HttpException, HttpStatus, Post, Req, Res, UnauthorizedException, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import type { Request, Response } from 'express';
import { SignInHandler } from '../../../application/commands/sign-in/sign-in.handler';
import { PortalSessions, type PortalUserProfile } from '../../../application/ports/portal-users.port';
import { sameToken } from '../auth/creditor-auth.guard';
import { SignInRequest } from './portal.request.dto';
import { clearSessionCookie, CSRF_HEADER, sessionToken, setSessionCookie } from './session-cookie';

const REFUSED = 'wrong e-mail address or password';

/** Signing in to and out of the creditor portal. */
@ApiTags('portal')
@Controller('portal/api/session')
export class PortalSessionController {
  constructor(
    private readonly signIn: SignInHandler,
    private readonly sessions: PortalSessions,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets the session cookie and returns the user and the CSRF token' })
  @ApiResponse({ status: 401, description: 'wrong e-mail address or password (one answer for both)' })
  @ApiResponse({ status: 429, description: 'too many failed sign-ins for this account or client; Retry-After says when to try again' })
  async open(@Body() body: SignInRequest, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    // JSON only: a cross-site HTML form cannot send it, so no other site can sign a browser in to an account of its choosing.
    if (!request.is('application/json')) throw new UnsupportedMediaTypeException('send the credentials as application/json');
    const result = await this.signIn.execute({ email: body.email, password: body.password, clientAddress: request.ip ?? request.socket.remoteAddress ?? 'unknown' });
    if (result.outcome === 'throttled') {
      response.setHeader('Retry-After', String(result.retryAfterSeconds));
      throw new HttpException('too many failed sign-ins; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (result.outcome === 'refused') throw new UnauthorizedException(REFUSED);
    setSessionCookie(response, result.session.token, result.session.maxAgeSeconds);
    return sessionBody(result.user, result.session.csrfToken);
  }

  @Get()
  @ApiOperation({ summary: 'Who is signed in, with the CSRF token for unsafe requests' })
  async current(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'no-store');
    const token = sessionToken(request);
    const session = token ? await this.sessions.resume(token, this.clock.now()) : undefined;
    if (!session) throw new UnauthorizedException('not signed in');
    return sessionBody(session.user, session.csrfToken);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session and clears the cookie' })
  async close(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionToken(request);
    const session = token ? await this.sessions.resume(token, this.clock.now()) : undefined;
    if (token && session) {
      if (!sameToken(request.header(CSRF_HEADER), session.csrfToken)) throw new ForbiddenException('the X-CSRF-Token header is missing or does not match the session');
      await this.sessions.close(token);
    }
    clearSessionCookie(response);
  }
}

function sessionBody(user: PortalUserProfile, csrfToken: string) {
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, creditorId: user.creditorId, creditorName: user.creditorName, language: user.language }, csrfToken };
}
