import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Clock } from '@collections/clock';
import { SendMessageHandler } from '../../../application/commands/send-message/send-message.handler';
import { CaseReader } from '../../../application/ports/case-reader.port';
import { AttachmentStore, type CaseMessage } from '../../../application/ports/case-messages.port';
import { CaseNotFoundError } from '../../../domain/shared/intake-error';
import { SqlMessageQueries } from '../../persistence/sql-case-messages';
import { CreditorAction } from '../auth/creditor-action.decorator';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';
import { MessageRequest } from './message.request.dto';

/** The case's thread with its consultant: read it, write to it, fetch its files. */
@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/cases/:caseId/messages')
export class MessagesController {
  constructor(
    private readonly send: SendMessageHandler,
    private readonly queries: SqlMessageQueries,
    private readonly cases: CaseReader,
    private readonly attachments: AttachmentStore,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The thread, oldest first, with read status and attachments' })
  async thread(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string) {
    await this.ownCase(creditorId, caseId);
    return { items: (await this.queries.thread(caseId)).map(view) };
  }

  @Post()
  @CreditorAction('converse')
  @ApiOperation({ summary: 'Write to the consultant (becomes CreditorMessageSent and a task in contact-center)' })
  @ApiResponse({ status: 201, description: 'sent' })
  @ApiResponse({ status: 422, description: 'body or attachments refused; `errors` names each field and reason' })
  async write(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: MessageRequest, @Req() request: Request) {
    const message = await this.send.execute(creditorId, caseId, authorName(request), {
      body: body.body,
      attachments: (body.attachments ?? []).map((a) => ({ fileName: a.fileName, declaredType: a.contentType.toLowerCase(), content: Buffer.from(a.contentBase64, 'base64') })),
    });
    return view(message);
  }

  @Post('read')
  @CreditorAction('converse')
  @HttpCode(204)
  @ApiOperation({ summary: "Mark the consultant's messages read" })
  async read(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<void> {
    await this.ownCase(creditorId, caseId);
    await this.queries.markReadByCreditor(caseId, this.clock.now());
  }

  @Get(':messageId/attachments/:attachmentId')
  @ApiOperation({ summary: 'Download an attachment' })
  async download(
    @CurrentCreditor() creditorId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
  ): Promise<StreamableFile> {
    await this.ownCase(creditorId, caseId);
    const attachment = await this.queries.attachment(caseId, messageId, attachmentId);
    const stored = attachment && (await this.attachments.open(attachment.objectKey));
    if (!attachment || !stored) throw new NotFoundException(`no attachment ${attachmentId} on this message`);
    return new StreamableFile(stored.content, { type: attachment.contentType, disposition: contentDisposition(attachment.fileName), length: stored.content.length });
  }

  private async ownCase(creditorId: string, caseId: string): Promise<void> {
    // Another creditor's case is as absent as one that does not exist.
    if (!(await this.cases.exists(creditorId, caseId))) throw new CaseNotFoundError(caseId);
  }
}

function view(message: CaseMessage) {
  return {
    id: message.id, caseId: message.caseId, direction: message.direction,
    author: { role: message.direction === 'to-consultant' ? 'creditor' : 'consultant', name: message.authorName },
    body: message.body, inReplyTo: message.inReplyTo, sentAt: message.sentAt.toISOString(), readAt: message.readAt?.toISOString() ?? null,
    attachments: message.attachments.map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes })),
  };
}

/** The signed-in portal user's name, or "API" when an API key wrote it. */
function authorName(request: Request): string {
  return (request as Request & { portalUser?: { name: string } }).portalUser?.name ?? 'API';
}

/** RFC 6266: an ASCII fallback plus the exact name in UTF-8, so accents and quotes survive without breaking the header. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
