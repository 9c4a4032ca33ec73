import { PermanentMessageError } from './message-errors';

/**
 * - transient: the world is briefly wrong (database unreachable, timeout, deadlock, serialization
 *   failure). Retried in place, without limit, while the consumer stays in its group.
 * - permanent: the message itself is wrong (envelope, type, payload, business rule). Dead-lettered
 *   at once: retrying cannot help.
 * - unknown: anything else, typically a bug. Retried a few times with back-off, then dead-lettered,
 *   so one bad message never blocks its partition for ever.
 */
export type ErrorClass = 'transient' | 'permanent' | 'unknown';

/** PostgreSQL SQLSTATEs that mean "try again later", not "this is wrong". */
const TRANSIENT_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57014', // query_canceled (statement timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up / recovering)
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
]);

const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres and its pool report lost connections in plain messages without a code. */
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection is not queryable/i,
  /server closed the connection unexpectedly/i,
  /Connection terminated due to connection timeout/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

const DOMAIN_CATEGORIES = new Set(['invalid', 'not_found', 'conflict', 'forbidden']);

export function classifyError(error: unknown): ErrorClass {
  for (const candidate of causeChain(error)) {
    if (candidate instanceof PermanentMessageError) return 'permanent';
    const { code, category, message, retriable } = candidate as {
      code?: unknown; category?: unknown; message?: unknown; retriable?: unknown;
    };
    // A service's DomainError: the event was understood and refused by a business rule.
    if (typeof category === 'string' && DOMAIN_CATEGORIES.has(category)) return 'permanent';
    if (typeof code === 'string') {
      if (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08')) return 'transient';
      if (TRANSIENT_NODE_CODES.has(code)) return 'transient';
    }
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return 'transient';
    // kafkajs marks broker hiccups (leader moves, timeouts) as retriable.
    if (retriable === true) return 'transient';
  }
  return 'unknown';
}

/** The error, the driver error TypeORM wraps, and any `cause`, outermost first. */
function* causeChain(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current;
    const next = current as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    current = next.driverError ?? next.cause ?? next.originalError;
  }
}
