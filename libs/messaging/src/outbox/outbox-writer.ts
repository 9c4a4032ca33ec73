import { randomUUID } from 'node:crypto';
import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import { context, propagation } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import { toKafkaHeaders } from '../envelope/cloud-event';
import { encodeEvent, type EventTypeLookup } from '../envelope/event-codec';

/** An integration event a use case wants published once its transaction commits. */
export interface OutgoingEvent<Desc extends DescMessage = DescMessage> {
  schema: Desc;
  data: MessageShape<Desc> | MessageInitShape<Desc>;
  /** The Kafka key: the case id for every case event, so a case's events stay in order. */
  key: string;
  /** CloudEvents subject; defaults to the key. */
  subject?: string;
  correlationId?: string;
  causationId?: string;
  /** Defaults to the catalogue's topic for the event type. */
  topic?: string;
}

export interface OutboxWriterOptions {
  /** CloudEvents source of every event this service emits, e.g. `/collections/intake`. */
  source: string;
  now: () => Date;
  lookup: EventTypeLookup;
}

/** Keeps a key's events in commit order: a second transaction for the same key waits for the first. */
const KEY_LOCK_CLASS = 0x0b0c;

/**
 * Writes events as outbox rows through the caller's transaction: they exist if and only if the
 * state change commits. Business code never talks to Kafka.
 */
export class OutboxWriter {
  constructor(private readonly options: OutboxWriterOptions) {}

  /**
   * `newKeys`: every key was created in this very transaction (a case id just generated), so no
   * other transaction can hold events for it and the per-key lock is skipped: a bulk import
   * appends hundreds of new cases at a time.
   */
  async append(manager: EntityManager, events: OutgoingEvent[], { newKeys = false }: { newKeys?: boolean } = {}): Promise<string[]> {
    if (events.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction (use inTransaction)');
    }
    if (!newKeys) {
      const keys = [...new Set(events.map((event) => event.key))].sort();
      // Sorted so that two transactions locking the same keys cannot deadlock each other.
      await manager.query(
        `SELECT pg_advisory_xact_lock(${KEY_LOCK_CLASS}, hashtext(k)) FROM unnest($1::text[]) AS k ORDER BY k`,
        [keys],
      );
    }
    const rows = events.map((event) => this.toRow(event));
    await manager.query(
      `INSERT INTO outbox_messages (id, topic, message_key, event_type, headers, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::bytea[])`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.topic),
        rows.map((row) => row.key),
        rows.map((row) => row.type),
        rows.map((row) => JSON.stringify(row.headers)),
        rows.map((row) => Buffer.from(row.payload)),
      ],
    );
    return rows.map((row) => row.id);
  }

  private toRow(event: OutgoingEvent) {
    const type = event.schema.typeName;
    const info = this.options.lookup(type);
    const topic = event.topic ?? info?.topic;
    if (!topic) throw new Error(`event type ${type} has no topic in the contracts catalogue`);
    const id = randomUUID();
    const trace: Record<string, string> = {};
    propagation.inject(context.active(), trace);
    const headers = toKafkaHeaders({
      id,
      source: this.options.source,
      type,
      specversion: '1.0',
      time: this.options.now().toISOString(),
      subject: event.subject ?? event.key,
      traceparent: trace.traceparent,
      tracestate: trace.tracestate,
      correlationid: event.correlationId,
      causationid: event.causationId,
    });
    return { id, topic, key: event.key, type, headers, payload: encodeEvent(event.schema, event.data) };
  }
}
