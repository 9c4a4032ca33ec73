import type { ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { requestPath, routeTemplate, type HttpRequest } from '../http/http-request.types';

export const TRACER_NAME = '@collections/observability';

/**
 * Continues the caller's trace (W3C `traceparent`) with a server span around the rest of the
 * request, so that log lines, outgoing events and the exporter all see the same trace id.
 * Without a registered SDK the API's no-op tracer still carries the caller's trace id.
 */
@Injectable()
export class TraceContextMiddleware implements NestMiddleware {
  private readonly tracer = trace.getTracer(TRACER_NAME);

  use(req: HttpRequest, res: ServerResponse, next: () => void): void {
    const method = req.method ?? 'GET';
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = this.tracer.startSpan(
      method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': requestPath(req) } },
      parent,
    );

    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      const route = routeTemplate(req);
      if (route !== undefined) {
        span.setAttribute('http.route', route);
        span.updateName(`${method} ${route}`);
      }
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    // 'close' also covers clients that hang up before the response is finished.
    res.once('finish', end);
    res.once('close', end);

    context.with(trace.setSpan(parent, span), next);
  }
}
