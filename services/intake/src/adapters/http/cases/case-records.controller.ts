import { Body, Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, PayloadTooLargeException, Post, Query, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AttachDocumentHandler } from '../../../application/commands/attach-document/attach-document.handler';
import { GiveInstructionHandler } from '../../../application/commands/give-instruction/give-instruction.handler';
import { ReportDirectPaymentHandler } from '../../../application/commands/report-direct-payment/report-direct-payment.handler';
import { DocumentStore } from '../../../application/ports/document-store.port';
import { CaseReader } from '../../../application/ports/case-reader.port';
import { CaseNotFoundError } from '../../../domain/shared/intake-error';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';
import { AttachDocumentQuery, DirectPaymentRequest, InstructionRequest } from './case-records.request.dto';

export const DOCUMENT_MAX_BYTES = Symbol('DOCUMENT_MAX_BYTES');

/** What a creditor tells the agency about a case after opening it. */
@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/cases/:caseId')
export class CaseRecordsController {
  constructor(
    private readonly instructions: GiveInstructionHandler,
    private readonly directPayments: ReportDirectPaymentHandler,
    private readonly attachDocument: AttachDocumentHandler,
    private readonly documents: DocumentStore,
    private readonly cases: CaseReader,
    @Inject(DOCUMENT_MAX_BYTES) private readonly documentMaxBytes: number,
  ) {}

  @Post('instructions')
  @ApiOperation({ summary: 'Answer a request of the agency, or instruct it (becomes CreditorInstructed)' })
  @ApiResponse({ status: 409, description: 'the case is not open' })
  async instruct(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: InstructionRequest) {
    const instructionId = await this.instructions.execute(creditorId, caseId, {
      kind: body.kind as never,
      inReplyTo: body.inReplyTo ?? '',
      note: body.note?.trim() ?? '',
      documentIds: body.documentIds ?? [],
    });
    return { instructionId, caseId, kind: body.kind };
  }

  @Post('direct-payments')
  @ApiOperation({ summary: 'Report a payment the debtor made to you directly (due within 48 hours of receipt; accepted at any time)' })
  @ApiResponse({ status: 201, description: 'reported; `reportedLate` says whether the 48 hours had passed' })
  @ApiResponse({ status: 200, description: 'this reference was already reported with the same values' })
  @ApiResponse({ status: 409, description: 'this reference was already reported with other values' })
  async reportDirectPayment(
    @CurrentCreditor() creditorId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: DirectPaymentRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { report, created } = await this.directPayments.execute(creditorId, caseId, {
      amountMinor: BigInt(body.amountMinor),
      currency: body.currency,
      receivedOn: body.receivedOn,
      reference: body.reference.trim(),
      ...(body.inReplyTo ? { inReplyTo: body.inReplyTo } : {}),
    });
    res.status(created ? 201 : 200);
    return { ...report, amountMinor: Number(report.amountMinor), caseId };
  }

  @Post('documents')
  @ApiOperation({ summary: 'Attach a supporting document: the raw file as the body (PDF, PNG or JPEG; checked by content, size-capped)' })
  @ApiConsumes('application/pdf', 'image/png', 'image/jpeg')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async attach(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Query() query: AttachDocumentQuery, @Req() req: Request) {
    const content = await readBody(req, this.documentMaxBytes);
    const declaredType = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    return this.attachDocument.execute(creditorId, caseId, { kind: query.kind, fileName: query.fileName, declaredType, content, maxBytes: this.documentMaxBytes });
  }

  @Get('documents')
  async list(@CurrentCreditor() creditorId: string, @Param('caseId', new ParseUUIDPipe()) caseId: string) {
    if (!(await this.cases.exists(creditorId, caseId))) throw new CaseNotFoundError(caseId);
    return this.documents.list(creditorId, caseId);
  }

  @Get('documents/:documentId')
  @ApiOperation({ summary: 'Download a document' })
  async download(
    @CurrentCreditor() creditorId: string,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
  ): Promise<StreamableFile> {
    const found = await this.documents.content(creditorId, caseId, documentId);
    if (!found) throw new NotFoundException(`no document ${documentId} on this case`);
    return new StreamableFile(found.content, { type: found.document.mediaType, disposition: `attachment; filename="${found.document.fileName.replace(/"/g, '')}"`, length: found.content.length });
  }
}

async function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  if (Number(req.header('content-length') ?? 0) > maxBytes) {
    req.resume();
    throw new PayloadTooLargeException(`documents are limited to ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new PayloadTooLargeException(`documents are limited to ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
