/**
 * Errors that say a message can never be applied, however often it is retried: it goes straight to
 * the dead-letter topic. Each carries a stable code that travels in the dead letter's headers.
 */
export abstract class PermanentMessageError extends Error {
  abstract readonly code: string;
}

/** ce_* headers missing, malformed, or of a CloudEvents version we do not speak. */
export class EnvelopeError extends PermanentMessageError {
  readonly code = 'MESSAGING.INVALID_ENVELOPE';
}

/** ce_type names an event that is in no contract this service knows. */
export class UnknownEventTypeError extends PermanentMessageError {
  readonly code = 'MESSAGING.UNKNOWN_EVENT_TYPE';
  constructor(readonly eventType: string) {
    super(`unknown event type "${eventType}": not in the contracts catalogue`);
  }
}

/** The payload does not decode as the protobuf message its ce_type names. */
export class PayloadDecodeError extends PermanentMessageError {
  readonly code = 'MESSAGING.UNDECODABLE_PAYLOAD';
}

/** The message is larger than this consumer accepts. */
export class OversizedMessageError extends PermanentMessageError {
  readonly code = 'MESSAGING.OVERSIZED_MESSAGE';
  constructor(readonly sizeBytes: number, readonly limitBytes: number) {
    super(`message of ${sizeBytes} bytes exceeds the ${limitBytes}-byte limit`);
  }
}

/** An earlier event of the same key is parked: applying this one would break the case's order. */
export class KeyParkedError extends PermanentMessageError {
  readonly code = 'MESSAGING.KEY_PARKED_BEHIND';
  constructor(readonly messageKey: string) {
    super(`an earlier event of key ${messageKey} is parked on the dead-letter topic`);
  }
}

/** A handler failed for a reason that was not classified, more times than the consumer allows. */
export class RetriesExhaustedError extends PermanentMessageError {
  readonly code = 'MESSAGING.RETRIES_EXHAUSTED';
  constructor(readonly attempts: number, readonly lastError: unknown) {
    super(`gave up after ${attempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
  }
}

/** A rejection with a code of its own: a business rule's DomainError, or a dead letter parked earlier. */
export class RejectedMessageError extends PermanentMessageError {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
