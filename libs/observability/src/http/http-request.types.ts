import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';

/**
 * The parts of an Express request this library reads, typed structurally so that no
 * `@types/express` is needed. `id` and `log` are set by pino-http; `route` by Express routing.
 */
export type HttpRequest = IncomingMessage & {
  id?: string | number;
  log?: Logger;
  originalUrl?: string;
  baseUrl?: string;
  route?: { path?: unknown };
};

/** Path without the query string: query strings can carry personal data (`?email=`). */
export function requestPath(req: HttpRequest): string {
  const url = req.originalUrl ?? req.url ?? '/';
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

/**
 * The route template (`/cases/:id`) that matched, or undefined when no route did (404s).
 * Metrics and span names use the template so that ids never become label values.
 *
 * Nest mounts middleware as Express wildcard routes (`/{*path}`), so when no controller route
 * matches, `req.route` is left at a middleware's wildcard: wildcards count as "no route".
 */
export function routeTemplate(req: HttpRequest): string | undefined {
  const path = req.route?.path;
  if (typeof path !== 'string' || path.includes('*')) return undefined;
  return `${req.baseUrl ?? ''}${path}` || '/';
}
