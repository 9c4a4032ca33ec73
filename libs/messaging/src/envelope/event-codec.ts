import { type DescMessage, type MessageShape, fromBinary, toBinary, create, type MessageInitShape } from '@bufbuild/protobuf';
import { findEventType } from '@collections/contracts';
import { PayloadDecodeError, UnknownEventTypeError } from '../errors/message-errors';

/** What the codec needs to know of an event type; the contracts catalogue provides it. */
export interface EventTypeInfo {
  type: string;
  schema: DescMessage;
  topic: string;
}

export type EventTypeLookup = (type: string) => EventTypeInfo | undefined;

export const catalogLookup: EventTypeLookup = (type) => findEventType(type);

export function encodeEvent<Desc extends DescMessage>(
  schema: Desc,
  data: MessageShape<Desc> | MessageInitShape<Desc>,
): Uint8Array {
  return toBinary(schema, create(schema, data as MessageInitShape<Desc>));
}

/**
 * Decodes a payload as the message its ce_type names. Unknown fields are kept, not refused, so a
 * producer on a newer minor version of the contract never breaks an older consumer.
 */
export function decodeEvent(lookup: EventTypeLookup, type: string, payload: Uint8Array): { info: EventTypeInfo; data: unknown } {
  const info = lookup(type);
  if (!info) throw new UnknownEventTypeError(type);
  try {
    return { info, data: fromBinary(info.schema, payload, { readUnknownFields: true }) };
  } catch (error) {
    throw new PayloadDecodeError(`payload is not a valid ${type}: ${(error as Error).message}`);
  }
}
