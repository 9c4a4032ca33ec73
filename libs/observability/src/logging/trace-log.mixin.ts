import { isSpanContextValid, trace } from '@opentelemetry/api';

export interface TraceLogFields {
  traceId?: string;
  spanId?: string;
}

/**
 * pino `mixin`: stamps every log line with the active OpenTelemetry span, so a log line can be
 * found from a trace and the other way round. Empty when no span is active.
 */
export function traceLogMixin(): TraceLogFields {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const spanContext = span.spanContext();
  if (!isSpanContextValid(spanContext)) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
