import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { openThread, writeToCreditor } from '../../application/commands/messages';
import { AttachmentStore, UnitOfWork, type Agent, type ThreadMessage } from '../../application/ports/contact-center.ports';
import { AgentAuthGuard, CurrentAgent } from './agent-auth.guard';

class AttachmentRequest {
  @IsString() @MaxLength(200) fileName!: string;
  @IsString() @MaxLength(100) mediaType!: string;
  @IsBase64() contentBase64!: string;
}

export class CreditorMessageRequest {
  @IsString() @MaxLength(10_000) body!: string;
  @IsOptional() @IsUUID() inReplyTo?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AttachmentRequest) attachments?: AttachmentRequest[];
}

/** The case's thread with the creditor, for the consultant: read it (which the creditor is told), answer, fetch files. */
@ApiTags('agents')
@ApiBearerAuth()
@UseGuards(AgentAuthGuard)
@Controller('v1/agent/cases/:caseId/messages')
export class MessagesController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly files: AttachmentStore,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: "The case's messages with the creditor, oldest first; the creditor's unread ones are now read" })
  async thread(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string) {
    return { items: (await openThread(this.uow, agent, caseId, this.clock.now())).map(view) };
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Write to the creditor (ConsultantMessageSent); answering a message finishes its task' })
  async write(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: CreditorMessageRequest) {
    const message = await writeToCreditor(this.uow, this.files, agent, caseId, {
      body: body.body, ...(body.inReplyTo ? { inReplyTo: body.inReplyTo } : {}),
      attachments: (body.attachments ?? []).map((a) => ({ fileName: a.fileName, declaredType: a.mediaType, content: Buffer.from(a.contentBase64, 'base64') })),
    }, this.clock.now());
    return view(message);
  }

  @Get(':messageId/attachments/:attachmentId')
  @ApiOperation({ summary: 'A file of a message' })
  async attachment(@Param('caseId', new ParseUUIDPipe()) caseId: string, @Param('messageId', new ParseUUIDPipe()) messageId: string, @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string) {
    const message = await this.uow.run((tx) => tx.messages.find(caseId, messageId));
    const attachment = message?.attachments.find((a) => a.id === attachmentId);
    const stored = attachment && (await this.files.open(attachment.objectKey));
    if (!attachment || !stored) throw new NotFoundException(`no attachment ${attachmentId} on message ${messageId}`);
    return new StreamableFile(stored.content, { type: attachment.contentType, disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`, length: stored.content.length });
  }
}

function view(message: ThreadMessage) {
  return {
    id: message.id, from: message.from, authorName: message.authorName, body: message.body, inReplyTo: message.inReplyTo, sentAt: message.sentAt.toISOString(), readAt: message.readAt?.toISOString() ?? null,
    attachments: message.attachments.map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes })),
  };
}
