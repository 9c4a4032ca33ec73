import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Controller, Get, Inject, NotFoundException, Param, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';

export const PORTAL_DIST_DIR = Symbol('PORTAL_DIST_DIR');

/**
 * The portal's pages admit only the portal's own scripts, styles and connections: even if some
 * text slipped through as markup, no inline or foreign script would run. The app is never framed.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** The built front end at /portal/; any other path below it is a page of the app (index.html). */
@ApiExcludeController()
@Controller('portal')
export class PortalAppController {
  constructor(@Inject(PORTAL_DIST_DIR) private readonly distDir: string) {}

  @Get(['', '*path'])
  async serve(@Param('path') path: string[] | undefined, @Res() response: Response): Promise<void> {
    const segments = path ?? [];
    if (segments[0] === 'api') throw new NotFoundException();
    const root = normalize(this.distDir);
    const requested = normalize(join(root, ...segments));
    if (!requested.startsWith(root + sep) && requested !== root) throw new NotFoundException();
    const isFile = await stat(requested).then((found) => found.isFile(), () => false);
    // A missing file with an extension is a missing asset, not a page.
    if (!isFile && extname(requested)) throw new NotFoundException();
    const file = isFile ? requested : join(root, 'index.html');
    if (!isFile && !(await stat(file).then((found) => found.isFile(), () => false))) {
      throw new ServiceUnavailableException('the portal is not built: run npm run portal:build');
    }
    response.set(SECURITY_HEADERS);
    // Vite puts a content hash in every asset name, so assets never change; the page itself is always revalidated.
    response.set('Cache-Control', segments[0] === 'assets' && isFile ? 'public, max-age=31536000, immutable' : 'no-cache');
    await new Promise<void>((resolve, reject) => response.sendFile(file, { dotfiles: 'deny' }, (error) => (error ? reject(error) : resolve())));
  }
}
