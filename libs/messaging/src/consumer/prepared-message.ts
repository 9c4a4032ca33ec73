import { setImmediate as nextTurn } from 'node:timers/promises';
import type { KafkaMessage } from 'kafkajs';
import { fromKafkaHeaders, headersToStrings, type CloudEventAttributes, type KafkaHeaders } from '../envelope/cloud-event';
import { decodeEvent, type EventTypeLookup } from '../envelope/event-codec';
import { OversizedMessageError, PayloadDecodeError, PermanentMessageError } from '../errors/message-errors';
import { DEAD_LETTER_ID_HEADER } from '../dead-letters/dead-letter-headers';

/** Where a message was read from: the topic, partition and offset a dead letter points back to. */
export interface MessageSource {
  topic: string;
  partition: number;
  offset: string;
}

/** A message read from Kafka, checked and decoded before any database work. */
export interface PreparedMessage {
  source: MessageSource;
  key: string | null;
  value: Buffer | null;
  headers: KafkaHeaders;
  /** Set when the envelope and payload are valid. */
  attributes?: CloudEventAttributes;
  data?: unknown;
  /** Set when the message can never be applied. */
  rejection?: PermanentMessageError;
  /** Set for a message replayed from the dead letters through the group's retry topic. */
  deadLetterId?: string;
}

export function prepareMessage(
  source: MessageSource,
  message: KafkaMessage,
  lookup: EventTypeLookup,
  maxMessageBytes: number,
): PreparedMessage {
  const headers = headersToStrings(message.headers as Record<string, unknown>);
  const prepared: PreparedMessage = {
    source,
    key: message.key ? message.key.toString('utf8') : null,
    value: message.value,
    headers,
    deadLetterId: headers[DEAD_LETTER_ID_HEADER],
  };
  try {
    const size = (message.value?.length ?? 0) + (message.key?.length ?? 0);
    if (size > maxMessageBytes) throw new OversizedMessageError(size, maxMessageBytes);
    const attributes = fromKafkaHeaders(headers);
    if (!message.value) throw new PayloadDecodeError('message has no value');
    prepared.data = decodeEvent(lookup, attributes.type, message.value).data;
    prepared.attributes = attributes;
  } catch (error) {
    if (!(error instanceof PermanentMessageError)) throw error;
    prepared.rejection = error;
  }
  return prepared;
}

/** Messages prepared per turn of the event loop by `prepareChunk`. */
const PREPARE_SLICE = 100;

/**
 * Prepares `messages[from, to)` a hundred at a time, giving the event loop a turn before each slice.
 *
 * Decoding a chunk (headers, CloudEvents attributes, protobuf payload) costs ~7 µs a message, and
 * the consumer's own work is otherwise serial with the database's: while a chunk's transaction is
 * in PostgreSQL, Node waits. Started as the previous chunk's transaction begins, the slices run in
 * those waits (a reply from PostgreSQL is handled between two slices), so the next chunk is ready
 * when the previous one commits.
 */
export async function prepareChunk(
  source: { topic: string; partition: number },
  messages: KafkaMessage[],
  range: { from: number; to: number },
  lookup: EventTypeLookup,
  maxMessageBytes: number,
): Promise<PreparedMessage[]> {
  const prepared: PreparedMessage[] = [];
  for (let start = range.from; start < range.to; start += PREPARE_SLICE) {
    await nextTurn();
    for (const message of messages.slice(start, Math.min(start + PREPARE_SLICE, range.to))) {
      prepared.push(prepareMessage({ topic: source.topic, partition: source.partition, offset: message.offset }, message, lookup, maxMessageBytes));
    }
  }
  return prepared;
}
