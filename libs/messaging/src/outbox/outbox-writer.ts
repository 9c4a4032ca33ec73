import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import { context, propagation } from '@opentelemetry/api';
import type { EntityManager } from 'typeorm';
import { v7 as timeOrderedUuid } from 'uuid';
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

const ROWS = `SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::bytea[])`;

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
    const rows = events.map((event) => this.toRow(event));
    const columns = [
      rows.map((row) => row.id),
      rows.map((row) => row.topic),
      rows.map((row) => row.key),
      rows.map((row) => row.type),
      rows.map((row) => JSON.stringify(row.headers)),
      rows.map((row) => Buffer.from(row.payload)),
    ];
    if (newKeys) {
      await manager.query(`INSERT INTO outbox_messages (id, topic, message_key, event_type, headers, payload) ${ROWS}`, columns);
    } else {
      // The keys' locks and the rows in one statement (one round trip): the uncorrelated scalar
      // subquery runs once, before the first row is inserted. Sorted so that two transactions
      // locking the same keys cannot deadlock each other.
      const keys = [...new Set(events.map((event) => event.key))].sort();
      await manager.query(
        `WITH key_locks AS (SELECT pg_advisory_xact_lock(${KEY_LOCK_CLASS}, hashtext(k)) FROM unnest($7::text[]) AS k ORDER BY k)
         INSERT INTO outbox_messages (id, topic, message_key, event_type, headers, payload)
         ${ROWS} WHERE (SELECT count(*) FROM key_locks) >= 0`,
        [...columns, keys],
      );
    }
    return rows.map((row) => row.id);
  }

  private toRow(event: OutgoingEvent) {
    const type = event.schema.typeName;
    const info = this.options.lookup(type);
    const topic = event.topic ?? info?.topic;
    if (!topic) throw new Error(`event type ${type} has no topic in the contracts catalogue`);
    // UUIDv7 (RFC 9562): ids grow with time, so every index keyed on an event id (each consumer's
    // inbox, effects keyed on it) takes new ids at its right edge instead of at random pages.
    // The uuid package because node:crypto makes only v4.
    const id = timeOrderedUuid();
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
