import type { Request, Response } from 'express';

/**
 * The `__Host-` prefix makes browsers refuse the cookie unless it is Secure, has Path=/ and no
 * Domain, so no sibling subdomain can plant or overwrite it. Browsers treat http://localhost as
 * secure, so it works in local runs too.
 */
export const SESSION_COOKIE = '__Host-portal-session';
export const CSRF_HEADER = 'x-csrf-token';

export function sessionToken(request: Request): string | undefined {
  for (const pair of (request.header('cookie') ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === SESSION_COOKIE) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

export function setSessionCookie(response: Response, token: string, maxAge: number): void {
  response.append('Set-Cookie', `${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; Path=/; HttpOnly; Secure; SameSite=Strict`);
}

export function clearSessionCookie(response: Response): void {
  response.append('Set-Cookie', `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Strict`);
}
