import type { ServerResponse } from 'node:http';
import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { resolveRequestId } from '../logging/request-id.resolver';
import type { HttpRequest } from './http-request.types';
import { toProblem } from './problem-details.mapper';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details.types';

/**
 * The one HTTP exception filter: every error leaves as `application/problem+json` with a stable
 * `code` and the request id. Validation → 400 with field errors; DomainError categories →
 * 422/404/409/403; anything else → 500 `INTERNAL` with no message or stack. Server errors are
 * logged here, once, with the request id and stack and without the request body.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly fallbackLogger = new Logger('ProblemDetailsFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Kafka handlers own their error policy (retry, dead-letter); this filter is for HTTP only.
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const res = http.getResponse<ServerResponse>();

    const requestId = req.id !== undefined ? String(req.id) : resolveRequestId(req, res);
    const body: ProblemDetails = { ...toProblem(exception), requestId };
    if (body.status >= HttpStatus.INTERNAL_SERVER_ERROR) this.logServerError(req, exception, requestId);
    if (res.headersSent) return;

    const { httpAdapter } = this.adapterHost;
    httpAdapter.setHeader(res, 'Content-Type', PROBLEM_CONTENT_TYPE);
    // A string body: Nest's reply() would reset the content type of an object error body to JSON.
    httpAdapter.reply(res, JSON.stringify(body), body.status);
  }

  private logServerError(req: HttpRequest, exception: unknown, requestId: string): void {
    const err = exception instanceof Error ? exception : new Error(`non-error thrown: ${typeof exception}`);
    // pino-http's request logger already carries requestId (and the trace ids through the mixin).
    if (req.log) {
      req.log.error({ err }, 'request failed');
      return;
    }
    this.fallbackLogger.error(`request ${requestId} failed: ${err.message}`, err.stack);
  }
}
