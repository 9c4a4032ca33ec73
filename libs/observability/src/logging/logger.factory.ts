import { destination, pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import { piiRedactionPaths, REDACTED } from './pii-redaction.paths';
import { traceLogMixin } from './trace-log.mixin';

export interface LoggerOptions {
  /** Service name stamped on every line, e.g. `payments`. */
  readonly service: string;
  /** pino level; `info` when omitted. */
  readonly level?: string;
  /** Where JSON lines go; stdout when omitted. Tests pass a stream to read lines back. */
  readonly destination?: DestinationStream;
}

/**
 * The one way services create a logger: JSON lines with `service`, an ISO-8601 UTC `time`,
 * a textual `level`, the active trace and span ids, and debtor PII redacted.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: stdTimeFunctions.isoTime,
      // Text levels read better in any log UI than pino's numbers.
      formatters: { level: (label) => ({ level: label }) },
      mixin: traceLogMixin,
      redact: { paths: piiRedactionPaths(), censor: REDACTED },
    },
    // Synchronous stdout (pino's default) so the last lines before a crash are not lost.
    options.destination ?? destination({ dest: 1, sync: true }),
  );
}
