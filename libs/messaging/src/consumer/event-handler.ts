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

export type EventHandlerFn = (data: unknown, context: EventContext) => Promise<void>;
