import { ROOT_CONTEXT, SpanKind, context as otelContext, propagation, trace } from '@opentelemetry/api';
import type { DataSource, EntityManager } from 'typeorm';
import { KeyParkedError, PermanentMessageError, RejectedMessageError } from '../errors/message-errors';
import { deadLetterStore, type DeadLetterRow } from '../dead-letters/dead-letter-store';
import type { OutboxWriter } from '../outbox/outbox-writer';
import type { EventHandlerFn } from './event-handler';
import type { PreparedMessage } from './prepared-message';

export interface ParkDecision {
  error: PermanentMessageError;
  attempts: number;
}

export type Outcome =
  | { kind: 'applied' }
  | { kind: 'duplicate' }
  | { kind: 'ignored' }
  | { kind: 'parked'; deadLetter: DeadLetterRow; error: PermanentMessageError; attempts: number };

/** A message this group gave up on, as the `onParked` hook sees it. */
export interface ParkedMessage {
  message: PreparedMessage;
  error: PermanentMessageError;
  deadLetterId: string;
}

/**
 * Runs in the transaction that parks a message (its own failure, not one parked behind another of
 * its key), so a service can answer the sender — e.g. a rejection to an inbound channel — exactly once.
 */
export type ParkedHook = (parked: ParkedMessage, context: { manager: EntityManager; outbox: OutboxWriter }) => Promise<void>;

export interface ChunkApplierOptions {
  group: string;
  handlers: Map<string, EventHandlerFn>;
  outbox: OutboxWriter;
  onParked?: ParkedHook;
}

/** How the inbox is claimed: assuming every event is new, or sorting out those already applied. */
type ClaimMode = 'expect-new' | 'sort-out';

/** Some event of the chunk is already in the inbox: the chunk is applied again, sorting them out. */
class InboxAlreadyHolds extends Error {}

function isInboxConflict(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'pk_inbox_messages';
}

type PlanStep =
  | { kind: 'apply'; message: PreparedMessage; ownRow?: DeadLetterRow }
  | { kind: 'park'; message: PreparedMessage; ownRow?: DeadLetterRow; error: PermanentMessageError; attempts: number };

const tracer = trace.getTracer('@collections/messaging');

/**
 * Applies a run of messages from one partition in ONE database transaction: the inbox records, the
 * handlers' effects, and the dead-letter rows of messages that must be parked. Messages whose key
 * already has a parked message are parked behind it, so a case never sees its events out of order.
 * Any error rolls the whole run back; the caller then retries or isolates the failing message.
 */
export class ChunkApplier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ChunkApplierOptions,
  ) {}

  async apply(messages: PreparedMessage[], forcedParks: Map<PreparedMessage, ParkDecision> = new Map()): Promise<Outcome[]> {
    try {
      return await this.applyInTransaction(messages, forcedParks, 'expect-new');
    } catch (error) {
      if (!(error instanceof InboxAlreadyHolds)) throw error;
      return this.applyInTransaction(messages, forcedParks, 'sort-out');
    }
  }

  private async applyInTransaction(messages: PreparedMessage[], forcedParks: Map<PreparedMessage, ParkDecision>, claim: ClaimMode): Promise<Outcome[]> {
    return this.dataSource.transaction(async (manager) => {
      const { group } = this.options;
      const keys = [...new Set(messages.map((m) => m.key).filter((k): k is string => k !== null))];
      const openRows = await deadLetterStore.openRowsForKeys(manager, group, keys);
      const plan = this.plan(messages, forcedParks, openRows);
      const claimed = await this.claimInbox(
        manager,
        plan.filter((step) => step.kind === 'apply').map((step) => step.message),
        claim,
      );

      const outcomes: Outcome[] = [];
      const replayedIds: string[] = [];
      // Consecutive claimed events for one batch handler, applied together before anything else happens.
      let batch: { handler: EventHandlerFn; messages: PreparedMessage[] } | undefined;
      const flush = async () => {
        if (batch) await this.runBatch(batch.handler, batch.messages, manager);
        batch = undefined;
      };
      for (const step of plan) {
        const { message, ownRow } = step;
        const batchHandler = step.kind === 'apply' && claimed.has(message) ? this.options.handlers.get(message.attributes!.type) : undefined;
        if (batchHandler?.batch) {
          if (batch && batch.handler !== batchHandler) await flush();
          batch ??= { handler: batchHandler, messages: [] };
          batch.messages.push(message);
          if (ownRow) replayedIds.push(ownRow.id);
          outcomes.push({ kind: 'applied' });
          continue;
        }
        await flush();
        if (step.kind === 'park') {
          const original = ownRow ?? message.source;
          const deadLetter = await deadLetterStore.park(manager, group, {
            message,
            original: { topic: original.topic, partition: original.partition, offset: original.offset },
            errorCode: step.error.code,
            errorMessage: step.error.message,
            attempts: step.attempts,
          });
          outcomes.push({ kind: 'parked', deadLetter, error: step.error, attempts: step.attempts });
          const ownFailure = !ownRow && !(step.error instanceof KeyParkedError);
          if (ownFailure && this.options.onParked) {
            await this.options.onParked({ message, error: step.error, deadLetterId: deadLetter.id }, { manager, outbox: this.options.outbox });
          }
          continue;
        }
        if (ownRow) replayedIds.push(ownRow.id);
        const handler = this.options.handlers.get(message.attributes!.type);
        if (!handler) {
          outcomes.push({ kind: 'ignored' });
        } else if (!claimed.has(message)) {
          outcomes.push({ kind: 'duplicate' });
        } else {
          await this.runHandler(handler, message, manager);
          outcomes.push({ kind: 'applied' });
        }
      }
      await flush();
      await deadLetterStore.markReplayed(manager, replayedIds);
      return outcomes;
    });
  }

  /**
   * Decides, in partition order and before touching the inbox, which messages are parked: those
   * rejected up front, those given up on, and every later message of a key that has one parked.
   */
  private plan(
    messages: PreparedMessage[],
    forcedParks: Map<PreparedMessage, ParkDecision>,
    openRows: DeadLetterRow[],
  ): PlanStep[] {
    const inChunkReplays = new Set(messages.map((m) => m.deadLetterId).filter(Boolean));
    const parkedKeys = new Set<string>();
    return messages.map((message): PlanStep => {
      const ownRow = message.deadLetterId
        ? openRows.find((row) => row.id === message.deadLetterId)
        : openRows.find((row) => sameSource(row, message));
      if (ownRow && !message.deadLetterId) {
        // Redelivered after it was parked but before the offset moved on: park it again as it was.
        if (message.key !== null) parkedKeys.add(message.key);
        return { kind: 'park', message, ownRow, error: new RejectedMessageError(ownRow.errorCode, ownRow.errorMessage), attempts: 0 };
      }
      const forced = forcedParks.get(message);
      if (message.deadLetterId && !ownRow && !forced && !message.rejection) {
        // A replay delivered again after its dead letter was already applied: the inbox dedupes it.
        return { kind: 'apply', message };
      }
      const blocked =
        message.key !== null && (parkedKeys.has(message.key) || this.blockingRow(message, ownRow, openRows, inChunkReplays));
      const error = forced?.error ?? message.rejection ?? (blocked ? new KeyParkedError(message.key!) : undefined);
      if (!error) return { kind: 'apply', message, ownRow };
      if (message.key !== null) parkedKeys.add(message.key);
      return { kind: 'park', message, ownRow, error, attempts: forced?.attempts ?? 1 };
    });
  }

  /** A parked dead letter of the same key blocks a message; a replay is blocked only by earlier ones. */
  private blockingRow(
    message: PreparedMessage,
    ownRow: DeadLetterRow | undefined,
    openRows: DeadLetterRow[],
    inChunkReplays: Set<string | undefined>,
  ): DeadLetterRow | undefined {
    const sameKey = openRows.filter((row) => row.messageKey === message.key && row.id !== ownRow?.id);
    if (!ownRow) return sameKey[0];
    return sameKey.find(
      (row) => BigInt(row.seq) < BigInt(ownRow.seq) && (row.status === 'parked' || !inChunkReplays.has(row.id)),
    );
  }

  /**
   * Inserts the inbox rows of the messages to apply; returns those seen for the first time.
   *
   * Nearly every event arrives once, so the first attempt (`expect-new`) is a plain INSERT: without
   * ON CONFLICT PostgreSQL skips the speculative insertion it otherwise makes for every row, about
   * 40% of the statement's cost (~4 µs a row here). An event already in the inbox (a redelivery
   * after a crash or a rebalance, an event published twice) then fails it on the primary key, the
   * transaction rolls back with nothing applied, and `apply` runs the chunk again sorting the events
   * out (`sort-out`): ON CONFLICT DO NOTHING, which answers one row, with no ids when every row was
   * new, and otherwise the new ones.
   */
  private async claimInbox(manager: EntityManager, toApply: PreparedMessage[], mode: ClaimMode): Promise<Set<PreparedMessage>> {
    const eligible = toApply.filter((m) => this.options.handlers.has(m.attributes!.type));
    if (eligible.length === 0) return new Set();
    const rows = [
      this.options.group,
      eligible.map((m) => m.attributes!.id),
      eligible.map((m) => m.attributes!.type),
      eligible.map((m) => m.source.topic),
      eligible.map((m) => m.source.partition),
      eligible.map((m) => m.source.offset),
    ];
    const insert = `INSERT INTO inbox_messages (consumer_group, event_id, event_type, topic, partition, "offset")
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[])`;
    if (mode === 'expect-new') {
      try {
        await manager.query(insert, rows);
        return new Set(eligible);
      } catch (error) {
        if (isInboxConflict(error)) throw new InboxAlreadyHolds();
        throw error;
      }
    }
    const [{ fresh }]: Array<{ fresh: string[] | null }> = await manager.query(
      `WITH claimed AS (${insert} ON CONFLICT DO NOTHING RETURNING event_id)
       SELECT CASE WHEN count(*) = $7 THEN NULL ELSE coalesce(array_agg(event_id), '{}') END AS fresh FROM claimed`,
      [...rows, eligible.length],
    );
    if (fresh === null) return new Set(eligible);
    const freshIds = new Set(fresh);
    const claimed = new Set<PreparedMessage>();
    for (const message of eligible) {
      // The same event twice in one run (a relay that published it twice): the first one wins.
      if (freshIds.delete(message.attributes!.id)) claimed.add(message);
    }
    return claimed;
  }

  /** One span for the batch, linked to each event's trace. */
  private async runBatch(handler: EventHandlerFn, messages: PreparedMessage[], manager: EntityManager): Promise<void> {
    const links = messages.flatMap((message) => {
      const carrier: Record<string, string> = {};
      if (message.attributes!.traceparent) carrier.traceparent = message.attributes!.traceparent;
      const context = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, carrier));
      return context ? [{ context }] : [];
    });
    await tracer.startActiveSpan(
      `process ${messages[0]!.attributes!.type} x${messages.length}`,
      { kind: SpanKind.CONSUMER, links, attributes: { 'messaging.system': 'kafka', 'messaging.batch.message_count': messages.length } },
      async (span) => {
        try {
          await handler.batch!(messages.map((message) => ({ data: message.data, context: { manager, event: message.attributes!, key: message.key, outbox: this.options.outbox } })));
        } finally {
          span.end();
        }
      },
    );
  }

  private async runHandler(handler: EventHandlerFn, message: PreparedMessage, manager: EntityManager): Promise<void> {
    const attributes = message.attributes!;
    const carrier: Record<string, string> = {};
    if (attributes.traceparent) carrier.traceparent = attributes.traceparent;
    if (attributes.tracestate) carrier.tracestate = attributes.tracestate;
    const parent = propagation.extract(ROOT_CONTEXT, carrier);
    await tracer.startActiveSpan(
      `process ${attributes.type}`,
      { kind: SpanKind.CONSUMER, attributes: { 'messaging.system': 'kafka', 'messaging.message.id': attributes.id } },
      parent,
      async (span) => {
        try {
          await otelContext.with(trace.setSpan(parent, span), () =>
            handler(message.data, { manager, event: attributes, key: message.key, outbox: this.options.outbox }),
          );
        } finally {
          span.end();
        }
      },
    );
  }
}

function sameSource(row: DeadLetterRow, message: PreparedMessage): boolean {
  return row.topic === message.source.topic && row.partition === message.source.partition && String(row.offset) === message.source.offset;
}
