import { classifyError, type ErrorClass } from './error-classification';
import {
  EnvelopeError,
  KeyParkedError,
  OversizedMessageError,
  PayloadDecodeError,
  UnknownEventTypeError,
} from './message-errors';

function pgError(code: string, message = 'database error'): Error {
  return Object.assign(new Error(message), { code });
}
function wrappedByTypeOrm(driverError: Error): Error {
  return Object.assign(new Error(`Query failed: ${driverError.message}`), { driverError });
}
class CaseAlreadyClosedError extends Error {
  readonly code = 'DUNNING.CASE_ALREADY_CLOSED';
  readonly category = 'conflict';
}

/** The classification table of the messaging README, one row per case. */
const TABLE: Array<[string, unknown, ErrorClass]> = [
  ['database refuses connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 'transient'],
  ['connection reset mid-query', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'transient'],
  ['pool cannot connect in time', new Error('timeout exceeded when trying to connect'), 'transient'],
  ['connection terminated unexpectedly', new Error('Connection terminated unexpectedly'), 'transient'],
  ['admin shutdown (57P01)', pgError('57P01'), 'transient'],
  ['statement timeout (57014)', pgError('57014'), 'transient'],
  ['deadlock (40P01) wrapped by TypeORM', wrappedByTypeOrm(pgError('40P01')), 'transient'],
  ['serialization failure (40001) as cause', new Error('apply failed', { cause: pgError('40001') }), 'transient'],
  ['connection exception class 08 (08006)', pgError('08006'), 'transient'],
  ['too many connections (53300)', pgError('53300'), 'transient'],
  ['kafkajs retriable broker error', Object.assign(new Error('leader not available'), { retriable: true }), 'transient'],
  ['missing ce_* headers', new EnvelopeError('ce_type is missing'), 'permanent'],
  ['unknown ce_type', new UnknownEventTypeError('collections.v1.Nope'), 'permanent'],
  ['undecodable payload', new PayloadDecodeError('premature EOF'), 'permanent'],
  ['oversized value', new OversizedMessageError(2_000_000, 1_000_000), 'permanent'],
  ['earlier event of the key parked', new KeyParkedError('case-1'), 'permanent'],
  ['business-rule failure (DomainError)', new CaseAlreadyClosedError('case is closed'), 'permanent'],
  ['unique violation (23505), a bug not a blip', pgError('23505'), 'unknown'],
  ['TypeError in a handler', new TypeError("Cannot read properties of undefined (reading 'x')"), 'unknown'],
  ['a thrown string', 'boom', 'unknown'],
];

describe('classifyError', () => {
  it.each(TABLE)('%s → %s', (_name, error, expected) => {
    expect(classifyError(error)).toBe(expected);
  });
});
