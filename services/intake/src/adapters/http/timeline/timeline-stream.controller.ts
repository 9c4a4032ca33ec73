import { Controller, Headers, Inject, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { SqlTimelineStore } from '../../persistence/sql-timeline.store';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';

export const TIMELINE_STREAM_POLL_MS = Symbol('TIMELINE_STREAM_POLL_MS');

/**
 * Live updates: each new timeline entry on any of the creditor's cases, as a Server-Sent Event
 * (`event: timeline`, `id` = the entry's position). A client that reconnects with `Last-Event-ID`
 * gets what it missed. Every replica reads the same table, so any replica can serve a stream.
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
  @ApiOperation({ summary: "New timeline entries of all the creditor's cases as they are recorded (text/event-stream)" })
  stream(@CurrentCreditor() creditorId: string, @Headers('last-event-id') lastEventId?: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let after: string | undefined = lastEventId && /^\d+$/.test(lastEventId) ? lastEventId : undefined;
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      const poll = async () => {
        try {
          after ??= await this.timeline.lastId();
          for (;;) {
            const entries = await this.timeline.recordedAfter(creditorId, after, 200);
            for (const entry of entries) {
              subscriber.next({ id: entry.id, type: 'timeline', data: { caseId: entry.caseId, at: entry.occurredAt.toISOString(), kind: entry.kind, by: entry.role, eventId: entry.eventId, eventType: entry.eventType, details: entry.details } });
              after = entry.id;
            }
            if (entries.length < 200) break;
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
