import { deadLetterTopic } from '@collections/contracts';
import type { Outcome } from '../consumer/chunk-applier';
import type { PreparedMessage } from '../consumer/prepared-message';
import type { OutgoingKafkaMessage } from '../transport/kafka-transport';
import { DLQ_HEADERS } from './dead-letter-headers';

/** The message as it goes to `<topic>.<group>.dlq`: original key, value and headers, plus why and whence. */
export function toDeadLetterMessage(
  message: PreparedMessage,
  outcome: Extract<Outcome, { kind: 'parked' }>,
  group: string,
): OutgoingKafkaMessage {
  const { deadLetter, error, attempts } = outcome;
  return {
    topic: deadLetterTopic(deadLetter.topic, group),
    key: message.key,
    value: message.value,
    headers: {
      ...deadLetter.headers,
      [DLQ_HEADERS.errorCode]: error.code,
      [DLQ_HEADERS.errorMessage]: error.message.slice(0, 1_000),
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.originalTopic]: deadLetter.topic,
      [DLQ_HEADERS.originalPartition]: String(deadLetter.partition),
      [DLQ_HEADERS.originalOffset]: String(deadLetter.offset),
      [DLQ_HEADERS.consumerGroup]: group,
      [DLQ_HEADERS.deadLetterId]: deadLetter.id,
      [DLQ_HEADERS.parkedAt]: new Date(deadLetter.parkedAt).toISOString(),
    },
  };
}
