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
