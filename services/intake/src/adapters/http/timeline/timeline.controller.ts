import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ObjectStore } from '@collections/object-store';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseReader } from '../../../application/ports/case-reader.port';
import { SqlTimelineStore } from '../../persistence/sql-timeline.store';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';
import { contentDisposition } from '../messages/messages.controller';
import { pendingDecisionView } from './pending-decision.view';

/** A case as it happens: every letter, call, plan, payment, remittance and recommendation, in order. */
@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/cases/:caseId/timeline')
export class TimelineController {
  constructor(
    private readonly cases: CaseReader,
    private readonly timeline: SqlTimelineStore,
    private readonly objects: ObjectStore,
  ) {}

  @Get('documents/:documentId')
  @ApiOperation({ summary: "A file an entry offers (`details.documents`): the letter sent, the remittance statement, the fee invoice" })
  async document(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Param('documentId') documentId: string): Promise<StreamableFile> {
    if (!(await this.cases.exists(creditorId, caseId))) throw new NotFoundException(`no case ${caseId}`);
    const document = await this.timeline.document(caseId, documentId);
    const stored = document && (await this.objects.getStream(document.objectKey));
    if (!document || !stored) throw new NotFoundException(`no document ${documentId} on this case`);
    return new StreamableFile(stored.stream, { type: document.contentType, disposition: contentDisposition(document.fileName), length: stored.sizeBytes });
  }

  @Get()
  @ApiOperation({ summary: "The case's timeline, oldest first, a page at a time (`after` = the last entry's cursor)" })
  async page(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Query('limit') limit = '100', @Query('after') after?: string) {
    // Another creditor's case is as absent as one that does not exist.
    if (!(await this.cases.exists(creditorId, caseId))) throw new NotFoundException(`no case ${caseId}`);
    const size = Number(limit);
    if (!Number.isInteger(size) || size < 1 || size > 500) throw new BadRequestException('limit must be a whole number from 1 to 500');
    let cursor: { occurredAt: Date; id: string } | undefined;
    if (after) {
      const [at, id] = Buffer.from(after, 'base64url').toString().split('|');
      if (!at || !id || Number.isNaN(Date.parse(at)) || !/^\d+$/.test(id)) throw new BadRequestException('after must be a cursor from a previous page');
      cursor = { occurredAt: new Date(at), id };
    }
    const entries = await this.timeline.page(caseId, size, cursor);
    return {
      caseId,
      entries: entries.map((entry) => ({ at: entry.occurredAt.toISOString(), kind: entry.kind, by: entry.role, eventId: entry.eventId, eventType: entry.eventType, details: entry.details })),
      next: entries.length === size ? entries[entries.length - 1]!.cursor : null,
    };
  }
}

/** What the agency waits for the creditor to decide, with the request to answer (POST /v1/cases/{id}/instructions with inReplyTo). */
@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/pending-decisions')
export class PendingDecisionsController {
  constructor(private readonly timeline: SqlTimelineStore) {}

  @Get()
  @ApiOperation({ summary: "The creditor's to-do list: approvals, legal action, closures, information requests not answered yet" })
  async list(@CurrentCreditor() creditorId: string) {
    const decisions = await this.timeline.pendingDecisions(creditorId);
    return decisions.map(pendingDecisionView);
  }
}
