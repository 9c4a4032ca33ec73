/**
 * Every call to intake goes through here. The session cookie travels by itself (same origin,
 * HttpOnly: scripts never see it); unsafe requests add the session's CSRF token, which only this
 * page can know.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: Array<{ field: string; reason: string }> = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
  }
}

let csrfToken: string | undefined;
let onSessionEnded: () => void = () => undefined;

export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when intake answers 401 to a signed-in page: the session expired or was closed elsewhere. */
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

export async function api<T>(path: string, options: { method?: 'GET' | 'POST' | 'DELETE'; body?: unknown } = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const payload: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  if (!response.ok) {
    const problem = (payload ?? {}) as { detail?: string; errors?: Array<{ field: string; reason: string }> };
    if (response.status === 401 && !path.startsWith('/portal/api/session')) onSessionEnded();
    const retryAfter = response.headers.get('retry-after');
    throw new ApiError(response.status, problem.detail ?? response.statusText, problem.errors ?? [], retryAfter ? Number(retryAfter) : undefined);
  }
  return payload as T;
}

export function query(params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : '';
}
