import { Controller, Headers, Inject, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { SqlTimelineStore } from '../../persistence/sql-timeline.store';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';
import { pendingDecisionView } from './pending-decision.view';
import { formatStreamPosition, parseStreamPosition } from './stream-position';

export const TIMELINE_STREAM_POLL_MS = Symbol('TIMELINE_STREAM_POLL_MS');

const PAGE = 200;

/**
 * Live updates of the creditor's own cases, as Server-Sent Events: each new timeline entry
 * (`event: timeline`) and each pending decision opened, answered or closed (`event: decision`).
 * Every frame's `id` is the stream's position in both (see stream-position.ts); a client that
 * reconnects with `Last-Event-ID` gets what it missed. Every replica reads the same tables, so any
 * replica can serve a stream.
 */
@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/timeline/stream')
export class TimelineStreamController {
  constructor(
    private readonly timeline: SqlTimelineStore,
    @Inject(TIMELINE_STREAM_POLL_MS) private readonly pollMs: number,
  ) {}

  @Sse()
  @ApiOperation({ summary: "New timeline entries and pending decisions opened, answered or closed, of all the creditor's cases, as they are recorded (text/event-stream)" })
  stream(@CurrentCreditor() creditorId: string, @Headers('last-event-id') lastEventId?: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const given = parseStreamPosition(lastEventId);
      let entry = given.entry;
      let decision = given.decision;
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      const poll = async () => {
        try {
          if (!entry || !decision) {
            const start = await this.timeline.streamStart();
            // A client of the timeline-only stream named its last entry: entries go on from there, decisions from now.
            entry = (given.entryId && (await this.timeline.entryCursor(given.entryId))) || start;
            decision = start;
          }
          for (;;) {
            const entries = await this.timeline.recordedAfter(creditorId, entry, PAGE);
            for (const e of entries) {
              entry = e.cursor;
              subscriber.next({ id: formatStreamPosition(entry, decision), type: 'timeline', data: { caseId: e.caseId, at: e.occurredAt.toISOString(), kind: e.kind, by: e.role, eventId: e.eventId, eventType: e.eventType, details: e.details } });
            }
            if (entries.length < PAGE) break;
          }
          for (;;) {
            const changes = await this.timeline.decisionChangesAfter(creditorId, decision, PAGE);
            // An opened decision is sent as the to-do list shows it, with what answers it.
            const shown = new Map((await this.timeline.decisionsById(creditorId, changes.filter((c) => c.change === 'opened').map((c) => c.requestId))).map((d) => [d.requestId, pendingDecisionView(d)]));
            for (const change of changes) {
              decision = change.cursor;
              const data = { change: change.change, caseId: change.caseId, requestId: change.requestId, kind: change.kind, ...(change.answer ? { answer: change.answer } : {}), ...(change.change === 'opened' ? { decision: shown.get(change.requestId) } : {}) };
              subscriber.next({ id: formatStreamPosition(entry, decision), type: 'decision', data });
            }
            if (changes.length < PAGE) break;
          }
        } catch (error) {
          subscriber.error(error);
          return;
        }
        if (!stopped) timer = setTimeout(() => void poll(), this.pollMs);
      };
      void poll();
      return () => {
        stopped = true;
        clearTimeout(timer);
      };
    });
  }
}
