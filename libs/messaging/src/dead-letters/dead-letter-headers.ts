/** Headers a dead letter carries on the dead-letter topic, besides the original message's headers. */
export const DLQ_HEADERS = {
  errorCode: 'dlq_error_code',
  errorMessage: 'dlq_error_message',
  attempts: 'dlq_attempts',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  consumerGroup: 'dlq_consumer_group',
  deadLetterId: 'dlq_dead_letter_id',
  parkedAt: 'dlq_parked_at',
} as const;

/** Set on a replayed message so the consumer can tie it back to its dead-letter row. */
export const DEAD_LETTER_ID_HEADER = 'x-dead-letter-id';
