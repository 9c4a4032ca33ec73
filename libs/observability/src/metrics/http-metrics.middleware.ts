import type { ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { Histogram } from 'prom-client';
import { routeTemplate, type HttpRequest } from '../http/http-request.types';
import { getOrCreateHistogram } from './metric.factory';

export const HTTP_DURATION_METRIC = 'http_server_request_duration_seconds';

// Status label for a request the client abandoned before the response was finished (nginx's 499).
const CLIENT_CLOSED = '499';

export function httpDurationHistogram(): Histogram<'method' | 'route' | 'status'> {
  return getOrCreateHistogram({
    name: HTTP_DURATION_METRIC,
    help: 'Duration of HTTP requests handled by this service, from first middleware to response end',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
}

/**
 * Times every request. The route label is the matched template (`/cases/:id`), or `unmatched`,
 * never the raw path: ids in label values would create a time series per case.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly histogram = httpDurationHistogram();

  use(req: HttpRequest, res: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (): void => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.histogram.observe(
        {
          method: req.method ?? 'UNKNOWN',
          route: routeTemplate(req) ?? 'unmatched',
          status: res.writableFinished ? String(res.statusCode) : CLIENT_CLOSED,
        },
        seconds,
      );
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  }
}
