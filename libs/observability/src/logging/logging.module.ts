import type { ServerResponse } from 'node:http';
import {
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { requestPath, type HttpRequest } from '../http/http-request.types';
import { TraceContextMiddleware } from '../tracing/trace-context.middleware';
import { createLogger } from './logger.factory';
import { resolveRequestId } from './request-id.resolver';

export interface LoggingModuleOptions {
  readonly service: string;
  readonly level?: string;
  /** Where JSON lines go; stdout when omitted. */
  readonly destination?: DestinationStream;
}

// Probes and scrapes arrive every few seconds and would drown the access log.
const QUIET_PATHS = /^\/(?:health\/|metrics$)/;

/**
 * nestjs-pino wired the house way: one access line per request, request-scoped `requestId`
 * on every line logged while handling it (through `PinoLogger` or Nest's `Logger` once the app
 * calls `useStructuredLogger`), the active trace and span ids, and no bodies, headers or query
 * strings (they carry personal data and credentials).
 *
 * Global, and mounts the trace-context middleware itself: Nest mounts the middleware of global
 * modules first, in registration order, so the request's span is active before any other
 * middleware runs and anything they log carries the trace id.
 */
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(options: LoggingModuleOptions): DynamicModule {
    const logger = createLogger(options);
    return {
      module: LoggingModule,
      global: true,
      imports: [
        PinoLoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: (req, res) => resolveRequestId(req, res),
            customAttributeKeys: { reqId: 'requestId' },
            // Request-scoped lines carry only the id; the request itself appears on the access line.
            quietReqLogger: true,
            serializers: {
              req: (req: { raw: HttpRequest; method?: string }) => ({ method: req.method, path: requestPath(req.raw) }),
              res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
            },
            // 5xx errors are logged once, with their stack, by the problem-details filter;
            // pino-http's own substitute error would only add noise.
            customErrorObject: (_req: unknown, _res: ServerResponse, _err: unknown, value: object) =>
              omitKey(value, 'err'),
            autoLogging: { ignore: (req) => QUIET_PATHS.test(requestPath(req as HttpRequest)) },
          },
        }),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TraceContextMiddleware).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}

function omitKey(value: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}
