/**
 * The one way the driver talks HTTP: JSON in, JSON (or bytes) out, and an error that names the
 * request and the status when the answer is not the expected one, so a failing story says where.
 */
export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** A JSON body; a string or Buffer is sent as it is (set the content type in `headers`). */
  body?: unknown;
  /** Statuses that are not an error for this call; default: any 2xx. */
  expect?: number[];
}

export class HttpError extends Error {
  constructor(
    readonly request: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${request} answered ${status}: ${typeof body === 'string' ? body.slice(0, 500) : JSON.stringify(body).slice(0, 500)}`);
    this.name = 'HttpError';
  }
}

export async function httpJson<T = unknown>(url: string, request: HttpRequest = {}): Promise<HttpAnswer<T>> {
  const method = request.method ?? (request.body === undefined ? 'GET' : 'POST');
  const raw = typeof request.body === 'string' || Buffer.isBuffer(request.body);
  const headers: Record<string, string> = { ...(request.body !== undefined && !raw ? { 'Content-Type': 'application/json' } : {}), ...request.headers };
  const body = request.body === undefined ? undefined : raw ? (request.body as string | Buffer) : JSON.stringify(request.body);
  const response = await fetch(url, { method, headers, body });
  const type = response.headers.get('content-type') ?? '';
  const parsed: unknown = type.includes('json') ? await response.json().catch(() => undefined) : type.startsWith('text/') ? await response.text() : Buffer.from(await response.arrayBuffer());
  const ok = request.expect ? request.expect.includes(response.status) : response.status >= 200 && response.status < 300;
  // The path only, never the query: queries may carry references, and errors end up in CI logs.
  if (!ok) throw new HttpError(`${method} ${new URL(url).pathname}`, response.status, parsed);
  return { status: response.status, body: parsed as T, headers: response.headers };
}
