import type { EntityManager } from 'typeorm';
import type { CloudEventAttributes } from '../envelope/cloud-event';
import type { OutboxWriter } from '../outbox/outbox-writer';

/** What a handler receives besides the decoded payload. */
export interface EventContext {
  /** The consumer's transaction: the handler's writes commit together with the inbox record. */
  manager: EntityManager;
  event: CloudEventAttributes;
  key: string | null;
  /** To emit follow-up events in the same transaction (set causationId to event.id). */
  outbox: OutboxWriter;
}

/** One event of a batch: its decoded payload and its context (all share the transaction). */
export interface EventBatchItem {
  data: unknown;
  context: EventContext;
}

/**
 * Applies one event. With `batch`, the consumer hands it every consecutive event of the same type
 * in a chunk at once instead (same transaction, same order), so a handler can apply a chunk in a
 * few set-based statements rather than a few per event.
 */
export type EventHandlerFn = ((data: unknown, context: EventContext) => Promise<void>) & {
  batch?: (items: EventBatchItem[]) => Promise<void>;
};
